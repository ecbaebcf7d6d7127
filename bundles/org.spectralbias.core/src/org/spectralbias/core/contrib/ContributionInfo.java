package org.spectralbias.core.contrib;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The descriptive properties every contribution declares, as a Declarative Services component property type.
 * <p>
 * Put it beside {@code @Component} on the implementation class; the build turns it into the service properties
 * {@code spectralbias.id}, {@code spectralbias.name} and {@code spectralbias.description}, which the catalogues read
 * without instantiating the contribution (like the attributes of an Eclipse extension):
 *
 * <pre>
 * &#64;Component(service = Activation.class)
 * &#64;ContributionInfo(id = "swish", name = "Swish / SiLU", description = "x·sigmoid(x)")
 * public final class SwishActivation implements Activation { … }
 * </pre>
 *
 * Ids are lower-case words joined by hyphens ({@code leaky-relu}); they are what experiment files and the command
 * line name, so keep them stable across versions. Two contributions of the same kind with the same id: the one with
 * the higher service ranking wins, the other is listed as a duplicate.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ContributionInfo {

	/** Prefix of the generated service property names. */
	String PREFIX_ = "spectralbias.";

	/** Service property that holds the id. */
	String ID = "spectralbias.id";

	/** Service property that holds the display name. */
	String NAME = "spectralbias.name";

	/** Service property that holds the one-line description. */
	String DESCRIPTION = "spectralbias.description";

	/** @return the stable identifier, e.g. {@code relu}; lower case, digits and hyphens */
	String id();

	/** @return the name shown to a person, e.g. {@code ReLU} */
	String name();

	/** @return one sentence saying what the contribution is */
	String description() default "";
}
