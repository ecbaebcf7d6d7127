package org.spectralbias.core.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.spectralbias.core.contrib.ContributionInfo;

/**
 * Asks the Declarative Services runtime why a component is not usable: failed activation (with the exception text),
 * unsatisfied references, or no configuration. Works without the runtime too, with less detail.
 */
final class ScrDiagnostics {

	private final BundleContext context;
	private final ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> scr;

	ScrDiagnostics(BundleContext context) {
		this.context = context;
		this.scr = new ServiceTracker<>(context, ServiceComponentRuntime.class, null);
	}

	void open() {
		scr.open();
	}

	void close() {
		scr.close();
	}

	/** @return why the service behind this reference could not be obtained */
	String explain(ServiceReference<?> reference) {
		Object name = reference.getProperty("component.name");
		ServiceComponentRuntime runtime = scr.getService();
		if (runtime == null || name == null) {
			return "the service could not be obtained (its component failed to activate)";
		}
		ComponentDescriptionDTO description = runtime.getComponentDescriptionDTO(reference.getBundle(),
				name.toString());
		if (description == null) {
			return "the service could not be obtained (its component failed to activate)";
		}
		return reason(runtime, description).orElse("the component failed to activate");
	}

	/**
	 * @param kind           the contribution point
	 * @param registeredNames component names whose services are already tracked
	 * @return failed entries for components that declare the point's interface but registered no service
	 */
	List<ContributionEntry<Object>> unregistered(ContributionKind kind, Set<String> registeredNames) {
		ServiceComponentRuntime runtime = scr.getService();
		List<ContributionEntry<Object>> failed = new ArrayList<>();
		if (runtime == null) {
			return failed;
		}
		for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs()) {
			if (d.serviceInterfaces == null || !Arrays.asList(d.serviceInterfaces).contains(kind.type().getName())
					|| registeredNames.contains(d.name)) {
				continue;
			}
			Optional<String> reason = runtime.isComponentEnabled(d) ? reason(runtime, d)
					: Optional.of("the component is disabled");
			if (reason.isEmpty()) {
				continue;
			}
			Bundle bundle = context.getBundle(d.bundle.id);
			failed.add(new ContributionEntry<>(kind, text(d.properties.get(ContributionInfo.ID), d.name),
					text(d.properties.get(ContributionInfo.NAME), ""),
					text(d.properties.get(ContributionInfo.DESCRIPTION), ""),
					bundle == null ? d.bundle.symbolicName : bundle.getSymbolicName(),
					bundle == null ? "?" : bundle.getVersion().toString(), ContributionStatus.FAILED, reason.get(),
					Optional.empty()));
		}
		return failed;
	}

	private static Optional<String> reason(ServiceComponentRuntime runtime, ComponentDescriptionDTO d) {
		List<String> reasons = new ArrayList<>();
		var configurations = runtime.getComponentConfigurationDTOs(d);
		if (configurations.isEmpty()) {
			return Optional.of("the component has no configuration (configuration policy "
					+ d.configurationPolicy + ")");
		}
		for (ComponentConfigurationDTO c : configurations) {
			switch (c.state) {
			case ComponentConfigurationDTO.FAILED_ACTIVATION -> reasons.add(
					"activation failed: " + (c.failure == null ? "unknown error" : firstLines(c.failure)));
			case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> reasons.add("missing required service(s): "
					+ Arrays.stream(c.unsatisfiedReferences).map(ScrDiagnostics::describe)
							.collect(Collectors.joining(", ")));
			case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> reasons.add("missing configuration");
			default -> {
				return Optional.empty();
			}
			}
		}
		return Optional.of(String.join("; ", reasons));
	}

	private static String describe(UnsatisfiedReferenceDTO r) {
		return r.name + (r.target == null ? "" : " " + r.target);
	}

	/** Keeps the exception line and its cause lines, drops the stack frames. */
	private static String firstLines(String failure) {
		return Arrays.stream(failure.split("\\R")).filter(l -> !l.trim().startsWith("at ") && !l.isBlank())
				.filter(l -> !l.trim().startsWith("..."))
				.map(String::trim).collect(Collectors.joining(" / "));
	}

	private static String text(Object value, String fallback) {
		return value instanceof String s && !s.isBlank() ? s : fallback;
	}
}
