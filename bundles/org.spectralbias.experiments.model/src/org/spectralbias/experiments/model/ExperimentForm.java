package org.spectralbias.experiments.model;

import java.util.List;
import java.util.Map;

import org.spectralbias.core.experiment.ContributionSlot;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.OptimizerSpec;
import org.spectralbias.core.experiment.RecordSchedule;
import org.spectralbias.core.experiment.Samples;

/**
 * What the experiment form shows, section by section: the fixed fields of schema {@value ExperimentSpec#SCHEMA}
 * with their defaults, units and bounds (as {@code docs/experiment-files.md} states them), the contribution pickers,
 * and the analyses. The UI renders these items; it decides nothing about them.
 */
public final class ExperimentForm {

	/** Key of the paper's η under {@code optimizer}. */
	public static final String RATE_ETA = "learningRate";
	/** Key of η·m under {@code optimizer}. */
	public static final String RATE_EFFECTIVE = "effectiveLearningRate";

	/** Path of the step size; {@link #resolve} puts it under the key the document uses. */
	public static final JsonPath RATE = JsonPath.ROOT.child("optimizer").child("<rate>");
	/** Path of the recording count; {@link #resolve} puts it under {@code every} or {@code points}. */
	public static final JsonPath RECORD_COUNT = JsonPath.ROOT.child("optimizer").child("record").child("<count>");

	/** One thing the form shows. */
	public sealed interface Item permits FieldItem, ContributionItem, RateItem, RecordItem, AnalysesItem {
	}

	/** A plain field. @param field the field */
	public record FieldItem(FormField field) implements Item {
	}

	/**
	 * A contribution picker with the chosen contribution's parameter fields.
	 *
	 * @param slot     which place
	 * @param path     the reference's path, e.g. {@code $.target}
	 * @param label    the label
	 * @param optional whether "none" may be chosen (the reference may be absent)
	 */
	public record ContributionItem(ContributionSlot slot, JsonPath path, String label, boolean optional)
			implements Item {
	}

	/** The step size: which quantity (η or η·m) and its value {@link #RATE}. */
	public record RateItem() implements Item {
	}

	/** The recording schedule and its count {@link #RECORD_COUNT}. */
	public record RecordItem() implements Item {
	}

	/** The analyses to run, each with its parameter fields. */
	public record AnalysesItem() implements Item {
	}

	/**
	 * A titled group of items.
	 *
	 * @param title the title
	 * @param items the items, top to bottom
	 */
	public record Section(String title, List<Item> items) {
	}

	private static final JsonPath ROOT = JsonPath.ROOT;
	private static final JsonPath OPTIMIZER = ROOT.child("optimizer");

	/** The name field. */
	public static final FormField NAME = new FormField(ROOT.child("name"), "Name", FieldKind.TEXT, null, "",
			"letters, digits, '-', '_', '.'; it names the run folders", ExperimentSpec.NAME_RULE, List.of());
	/** The width field. */
	public static final FormField WIDTH = new FormField(ROOT.child("width"), "Width m", FieldKind.INTEGER, null,
			"units", "an integer in [" + ExperimentSpec.MIN_WIDTH + ", " + ExperimentSpec.MAX_WIDTH + "]",
			"m, the number of hidden units", List.of());
	/** The training-set size. */
	public static final FormField TRAIN = new FormField(ROOT.child("samples").child("train"), "Training points n",
			FieldKind.INTEGER, null, "points", "an integer in [1, " + Samples.MAX + "]",
			"n, the number of training points", List.of());
	/** The number of steps. */
	public static final FormField STEPS = new FormField(OPTIMIZER.child("steps"), "Steps T", FieldKind.INTEGER, null,
			"steps", "an integer in [1, " + OptimizerSpec.MAX_STEPS + "]", "T, the number of gradient steps",
			List.of());
	/** The step size, at the key the document uses. */
	public static final FormField RATE_VALUE = new FormField(RATE, "Step size", FieldKind.NUMBER, null, "",
			"a positive number; gradient descent needs η·m < 2/λ_max(K/n) (≈ 5.7 for ReLU at D = 10)",
			"η (the paper's) or η·m, the rate of the linearised dynamics r ← (I − η·m K/n) r", List.of());
	/** The recording count: every k steps (linear) or p points (log). */
	public static final FormField RECORD_VALUE = new FormField(RECORD_COUNT, "Record", FieldKind.INTEGER, null, "",
			"linear: every k-th step, k in [1, " + OptimizerSpec.MAX_STEPS + "]; log: p points in ["
					+ RecordSchedule.Log.MIN_POINTS + ", " + RecordSchedule.Log.MAX_POINTS + "]",
			"when the residual's projections are recorded", List.of());

	private static final List<Section> SECTIONS = List.of(
			new Section("Experiment", List.of(
					new FieldItem(NAME),
					new FieldItem(new FormField(ROOT.child("description"), "Description", FieldKind.TEXT, "", "",
							"free text", "what the experiment is for, for people", List.of())),
					new FieldItem(new FormField(ROOT.child("seed"), "Seed", FieldKind.INTEGER,
							Long.toString(ExperimentSpec.DEFAULT_SEED), "", "any 64-bit integer",
							"seed of the run's random generator (samples, target directions, initialisation)",
							List.of())),
					new FieldItem(new FormField(ROOT.child("threads"), "Threads", FieldKind.INTEGER, "0", "threads",
							"an integer ≥ 0; 0 = the workbench's default (Preferences)",
							"worker threads of the run", List.of())))),
			new Section("Inputs and target", List.of(
					new FieldItem(new FormField(ROOT.child("ambientDim"), "Ambient dimension D", FieldKind.INTEGER,
							null, "", "an integer ≥ " + ExperimentSpec.MIN_AMBIENT_DIM,
							"inputs lie on S^{D−1} ⊂ R^D; the paper's d is D − 1", List.of())),
					new FieldItem(TRAIN),
					new FieldItem(new FormField(ROOT.child("samples").child("test"), "Test points", FieldKind.INTEGER,
							"0", "points", "an integer in [0, " + Samples.MAX + "]; 0 = none",
							"fresh points from the same distribution", List.of())),
					new ContributionItem(ContributionSlot.DISTRIBUTION, ROOT.child("distribution"),
							"Distribution", false),
					new ContributionItem(ContributionSlot.TARGET, ROOT.child("target"), "Target f*", false),
					new FieldItem(new FormField(ROOT.child("projectionDegrees"), "Projection degrees",
							FieldKind.NUMBER_LIST, "", "", "distinct integers ≥ 0; empty = the target's own degrees",
							"degrees k to project the residual on", List.of())))),
			new Section("Network", List.of(
					new ContributionItem(ContributionSlot.ARCHITECTURE, ROOT.child("architecture"), "Architecture",
							false),
					new ContributionItem(ContributionSlot.ACTIVATION, ROOT.child("activation"), "Activation σ", true),
					new FieldItem(WIDTH))),
			new Section("Training", List.of(
					new FieldItem(new FormField(OPTIMIZER.child("type"), "Optimizer", FieldKind.CHOICE, null, "",
							"gradient descent", "full-batch gradient descent on (1/(2n)) Σ (f − y)²", List.of("gd"))),
					new RateItem(),
					new FieldItem(STEPS),
					new RecordItem(),
					new FieldItem(new FormField(OPTIMIZER.child("force"), "Run even above the stability bound",
							FieldKind.BOOLEAN, "false", "", "", "otherwise the engine refuses η·m > 2/λ_max(K/n)",
							List.of())))),
			new Section("Analyses", List.of(new AnalysesItem())));

	/** Key orders of the schema's objects, for placing a key the document did not have. */
	private static final Map<String, List<String>> KEY_ORDER = Map.of(
			"$", List.of("schema", "name", "description", "ambientDim", "seed", "threads", "samples", "distribution",
					"target", "architecture", "activation", "width", "optimizer", "projectionDegrees", "analyses"),
			"$.samples", List.of("train", "test"),
			"$.optimizer", List.of("type", RATE_ETA, RATE_EFFECTIVE, "steps", "record", "force"),
			"$.optimizer.record", List.of("schedule", "every", "points"));

	private ExperimentForm() {
	}

	/** @return the sections, top to bottom */
	public static List<Section> sections() {
		return SECTIONS;
	}

	/**
	 * @param field a form field
	 * @param doc   the document
	 * @return where the field's value lives in this document: the step size under the key the document uses, the
	 *         recording count under {@code every} or {@code points}; any other field at its own path
	 */
	public static JsonPath resolve(FormField field, ExperimentDocument doc) {
		if (field.path().equals(RATE)) {
			return OPTIMIZER.child(doc.rateKey());
		}
		if (field.path().equals(RECORD_COUNT)) {
			return OPTIMIZER.child("record").child(doc.recordSchedule().equals("linear") ? "every" : "points");
		}
		return field.path();
	}

	/** @return the field text shown for the record count's default: 200 points with log spacing, none for linear */
	public static String recordDefault(ExperimentDocument doc) {
		return doc.recordSchedule().equals("linear") ? null : Integer.toString(RecordSchedule.Log.DEFAULT_POINTS);
	}

	/**
	 * @param parent the path of an object
	 * @return the schema's key order in it ({@code id}, {@code parameters} for references); empty when free
	 */
	static List<String> keyOrder(JsonPath parent) {
		List<String> order = KEY_ORDER.get(parent.toString());
		if (order != null) {
			return order;
		}
		String last = parent.lastKey();
		boolean reference = parent.depth() == 1 && List.of("distribution", "target", "architecture", "activation")
				.contains(last) || parent.depth() == 2 && parent.parent().lastKey().equals("analyses");
		return reference ? List.of("id", "parameters") : List.of();
	}
}
