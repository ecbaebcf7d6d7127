package org.spectralbias.core.experiment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An experiment file that cannot be used: malformed JSON or content that breaks the schema. Carries every problem
 * found, not only the first.
 * <p>
 * It is a checked exception because the cause is always user input that a caller must show to the user; it never
 * signals a programming error. The message lists the problems one per line, each as {@code path: message}, prefixed
 * by {@code source: } when the source is known (the file read), like a compiler's output:
 *
 * <pre>
 * runs/fig1.json: $.ambientDim: must be an integer ≥ 2, got 1
 * runs/fig1.json: $.optimizer.step: unknown key; did you mean 'steps'?
 * </pre>
 */
public final class ExperimentFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;
	private final String source;

	/**
	 * @param source   the file or other source the text came from, or {@code null} when unknown
	 * @param problems the problems, at least one
	 */
	public ExperimentFileException(String source, List<Problem> problems) {
		super(format(source, problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an ExperimentFileException needs at least one problem");
		}
		this.source = source;
		this.problems = List.copyOf(problems);
	}

	/** @return every problem, in the order found */
	public List<Problem> problems() {
		return problems;
	}

	/** @return the file or source name the problems refer to, if known */
	public Optional<String> source() {
		return Optional.ofNullable(source);
	}

	private static String format(String source, List<Problem> problems) {
		String prefix = source == null || source.isEmpty() ? "" : source + ": ";
		return problems.stream().map(p -> prefix + p).collect(Collectors.joining(System.lineSeparator()));
	}
}
