package org.spectralbias.runs.view;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.runs.Numbers;
import org.spectralbias.runs.RunRecord;
import org.spectralbias.runs.view.PropertiesBlock.Property;

/**
 * The Overview tab: what ran (the experiment as run), how it ended, where it came from (seed, threads,
 * contributions with their bundles, machine) and how long each phase took.
 */
public final class OverviewPage implements RunPageFactory {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	@Override
	public Page create(RunModel run) {
		RunRecord r = run.record();
		List<Block> blocks = new ArrayList<>();
		List<Property> status = new ArrayList<>();
		status.add(new Property("experiment", r.experimentName()));
		if (!r.description().isEmpty()) {
			status.add(new Property("description", r.description()));
		}
		status.add(new Property("folder", run.folder().toString()));
		String state = run.status().label();
		if (run.live()) {
			int planned = run.data().map(d -> d.steps().length).orElse(0);
			state += String.format(" (live: %d of %d recording points%s)", run.recordedSteps(), planned,
					run.recordedSteps() > 0 ? ", step " + run.data().get().steps()[run.recordedSteps() - 1] : "");
		}
		status.add(new Property("status", state));
		if (!r.message().isEmpty()) {
			status.add(new Property("message", r.message()));
		}
		r.started().ifPresent(t -> status.add(new Property("started", DATE.format(t))));
		r.finished().ifPresent(t -> status.add(new Property("finished", DATE.format(t))));
		if (r.started().isPresent() && r.finished().isPresent()) {
			status.add(new Property("wall time", Numbers.seconds(seconds(r.started().get(), r.finished().get()))));
		}
		if (!r.analyses().isEmpty()) {
			status.add(new Property("analyses", r.analyses().values().stream()
					.map(a -> a.id() + (a.passed() ? " (passed)" : " (check failed)")).collect(Collectors.joining(", "))));
		}
		blocks.add(new PropertiesBlock("run", "Run", status));
		blocks.add(new PropertiesBlock("experiment", "Experiment",
				Json.flatten(r.experiment(), Set.of("schema", "name", "description"))));
		run.data().ifPresent(d -> blocks.add(new PropertiesBlock("data", "Run data", data(d, run.recordedSteps()))));
		blocks.add(new PropertiesBlock("provenance", "Provenance", Json.flatten(r.provenance(), Set.of())));
		List<Property> timings = new ArrayList<>();
		r.phaseSeconds().forEach((phase, s) -> timings.add(new Property(phase, Numbers.seconds(s))));
		blocks.add(new PropertiesBlock("timings", "Timings", timings));
		return new Page("Overview", blocks);
	}

	private static List<Property> data(RunData d, int recorded) {
		List<Property> rows = new ArrayList<>();
		rows.add(new Property("ambient dimension D", Integer.toString(d.ambientDim())));
		rows.add(new Property("width m", Integer.toString(d.width())));
		rows.add(new Property("training points n", Integer.toString(d.trainSize())));
		rows.add(new Property("test points", Integer.toString(d.testSize())));
		rows.add(new Property("η·m (effective learning rate)", Numbers.format(d.etaEff())));
		rows.add(new Property("λ_max(K/n)", Numbers.format(d.lambdaMax())));
		rows.add(new Property("stability bound 2/λ_max", Numbers.format(2 / d.lambdaMax())));
		rows.add(new Property("inputs uniform on the sphere", Boolean.toString(d.uniformInputs())));
		rows.add(new Property("bias", Boolean.toString(d.bias())));
		rows.add(new Property("recorded steps", recorded + " of " + d.steps().length + " (last planned step "
				+ (d.steps().length == 0 ? 0 : d.steps()[d.steps().length - 1]) + ")"));
		for (DegreeSeries k : d.degrees()) {
			rows.add(new Property("degree " + k.degree(), "μ_k = " + Numbers.format(k.mu()) + ", v_kᵀ(K/n)v_k = "
					+ Numbers.format(k.effectiveEigenvalue())));
		}
		d.properties().forEach((key, value) -> rows.add(new Property(key, value)));
		return rows;
	}

	private static double seconds(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 1000.0;
	}
}
