package org.spectralbias.core.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spectralbias.core.io.CsvReader;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.io.CsvWriter;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Stores {@link RunData} in a run folder and reads it back: the arrays as {@value RunFolder#TRAJECTORY_CSV} (one row
 * per recorded step; per degree k the columns {@code train_k, test_k, predicted_mu_k, predicted_linear_k,
 * predicted_linear_test_k, predicted_empirical_k}), the scalars as the {@code data} object of
 * {@value RunFolder#RUN_JSON}. Numbers are written in round-trip form, so a stored run re-analyses to the same
 * numbers.
 */
public final class RunDataFiles {

	private static final String[] SERIES = { "train", "test", "predicted_mu", "predicted_linear",
			"predicted_linear_test", "predicted_empirical" };

	private static final String CLOSED_FORM_TRAIN = "closed_form_train_loss";
	private static final String CLOSED_FORM_TEST = "closed_form_test_loss";
	private static final String DENSITY_ENERGY = "density_energy_";

	private RunDataFiles() {
	}

	/** @return the CSV text of the trajectory */
	public static String trajectoryCsv(RunData run) {
		List<String> header = new ArrayList<>(List.of("step", "train_loss", "test_loss"));
		for (DegreeSeries d : run.degrees()) {
			for (String s : SERIES) {
				header.add(s + "_" + d.degree());
			}
		}
		header.add(CLOSED_FORM_TRAIN);
		header.add(CLOSED_FORM_TEST);
		for (int g = 0; g < run.densityGroups().size(); g++) {
			header.add(DENSITY_ENERGY + g);
		}
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < run.steps().length; i++) {
			List<String> row = new ArrayList<>(List.of(Integer.toString(run.steps()[i]), num(run.trainLoss()[i]),
					num(run.testLoss()[i])));
			for (DegreeSeries d : run.degrees()) {
				for (double[] a : arrays(d)) {
					row.add(num(a[i]));
				}
			}
			row.add(num(run.closedFormTrainLoss()[i]));
			row.add(num(run.closedFormTestLoss()[i]));
			for (DensityGroup g : run.densityGroups()) {
				row.add(num(g.energy()[i]));
			}
			rows.add(row);
		}
		return CsvWriter.toString(new CsvTable(header, rows));
	}

	private static double[][] arrays(DegreeSeries d) {
		return new double[][] { d.train(), d.test(), d.predictedMu(), d.predictedLinear(), d.predictedLinearTest(),
				d.predictedEmpirical() };
	}

	/** @return the scalars of the run as the {@code data} object of run.json */
	public static JsonObject scalars(RunData run) {
		JsonObject o = new JsonObject();
		o.addProperty("name", run.name());
		o.addProperty("ambientDim", run.ambientDim());
		o.addProperty("width", run.width());
		o.addProperty("trainSize", run.trainSize());
		o.addProperty("testSize", run.testSize());
		o.addProperty("etaEff", run.etaEff());
		o.addProperty("lambdaMax", run.lambdaMax());
		o.addProperty("uniformInputs", run.uniformInputs());
		o.addProperty("bias", run.bias());
		JsonArray degrees = new JsonArray();
		for (DegreeSeries d : run.degrees()) {
			JsonObject k = new JsonObject();
			k.addProperty("degree", d.degree());
			k.addProperty("mu", d.mu());
			k.addProperty("effectiveEigenvalue", d.effectiveEigenvalue());
			degrees.add(k);
		}
		o.add("degrees", degrees);
		JsonArray blocks = new JsonArray();
		for (int b : run.leakageBlocks()) {
			blocks.add(b);
		}
		o.add("leakageBlocks", blocks);
		JsonArray leakage = new JsonArray();
		for (double[] row : run.leakage()) {
			JsonArray r = new JsonArray();
			for (double v : row) {
				r.add(v);
			}
			leakage.add(r);
		}
		o.add("leakage", leakage);
		JsonArray groups = new JsonArray();
		for (DensityGroup g : run.densityGroups()) {
			JsonObject j = new JsonObject();
			j.addProperty("density", g.density());
			j.addProperty("count", g.count());
			groups.add(j);
		}
		o.add("densityGroups", groups);
		JsonObject properties = new JsonObject();
		run.properties().forEach(properties::addProperty);
		o.add("properties", properties);
		return o;
	}

	/**
	 * Reads a stored run back.
	 *
	 * @param folder the run folder
	 * @param runJson its parsed run.json
	 * @throws IOException when a file is missing or does not have the expected columns
	 */
	public static RunData read(RunFolder folder, JsonObject runJson) throws IOException {
		if (!runJson.has("data")) {
			throw new IOException(folder.file(RunFolder.RUN_JSON) + " has no 'data' (the run stopped before training)");
		}
		JsonObject o = runJson.getAsJsonObject("data");
		CsvTable table = CsvReader.read(folder.file(RunFolder.TRAJECTORY_CSV));
		if (table.rowCount() < 1) {
			throw new IOException(folder.file(RunFolder.TRAJECTORY_CSV) + " holds no recorded step");
		}
		List<String> header = table.header();
		List<List<String>> rows = new ArrayList<>();
		rows.add(header);
		rows.addAll(table.rows());
		int t = rows.size() - 1;
		int[] steps = new int[t];
		double[] trainLoss = new double[t];
		double[] testLoss = new double[t];
		for (int i = 0; i < t; i++) {
			steps[i] = Integer.parseInt(rows.get(i + 1).get(0));
			trainLoss[i] = parse(rows.get(i + 1).get(1));
			testLoss[i] = parse(rows.get(i + 1).get(2));
		}
		List<DegreeSeries> degrees = new ArrayList<>();
		for (JsonElement e : o.getAsJsonArray("degrees")) {
			JsonObject k = e.getAsJsonObject();
			int degree = k.get("degree").getAsInt();
			double[][] a = new double[SERIES.length][t];
			for (int s = 0; s < SERIES.length; s++) {
				int column = header.indexOf(SERIES[s] + "_" + degree);
				if (column < 0) {
					throw new IOException(folder.file(RunFolder.TRAJECTORY_CSV) + " has no column " + SERIES[s] + "_"
							+ degree);
				}
				for (int i = 0; i < t; i++) {
					a[s][i] = parse(rows.get(i + 1).get(column));
				}
			}
			degrees.add(new DegreeSeries(degree, k.get("mu").getAsDouble(), k.get("effectiveEigenvalue").getAsDouble(),
					a[0], a[1], a[2], a[3], a[4], a[5]));
		}
		int[] blocks = o.has("leakageBlocks")
				? o.getAsJsonArray("leakageBlocks").asList().stream().mapToInt(JsonElement::getAsInt).toArray()
				: new int[0];
		double[][] leakage = new double[degrees.size()][0];
		if (o.has("leakage")) {
			JsonArray stored = o.getAsJsonArray("leakage");
			for (int i = 0; i < stored.size() && i < leakage.length; i++) {
				leakage[i] = stored.get(i).getAsJsonArray().asList().stream().mapToDouble(JsonElement::getAsDouble)
						.toArray();
			}
		}
		Map<String, String> properties = new LinkedHashMap<>();
		if (o.has("properties")) {
			o.getAsJsonObject("properties").entrySet().forEach(en -> properties.put(en.getKey(), en.getValue().getAsString()));
		}
		List<DensityGroup> groups = new ArrayList<>();
		if (o.has("densityGroups")) {
			JsonArray stored = o.getAsJsonArray("densityGroups");
			for (int g = 0; g < stored.size(); g++) {
				JsonObject j = stored.get(g).getAsJsonObject();
				groups.add(new DensityGroup(j.get("density").getAsDouble(), j.get("count").getAsInt(),
						column(folder, header, rows, DENSITY_ENERGY + g, true)));
			}
		}
		return new RunData(o.get("name").getAsString(), o.get("ambientDim").getAsInt(), o.get("width").getAsInt(),
				o.get("trainSize").getAsInt(), o.get("testSize").getAsInt(), o.get("etaEff").getAsDouble(),
				o.get("lambdaMax").getAsDouble(), o.get("uniformInputs").getAsBoolean(), o.get("bias").getAsBoolean(),
				steps, trainLoss, testLoss, degrees, blocks, leakage, properties,
				column(folder, header, rows, CLOSED_FORM_TRAIN, false), column(folder, header, rows, CLOSED_FORM_TEST, false),
				groups);
	}

	/**
	 * @param required whether a missing column is an error (else NaN: runs stored before the column existed)
	 * @return a column of the trajectory
	 */
	private static double[] column(RunFolder folder, List<String> header, List<List<String>> rows, String name,
			boolean required) throws IOException {
		int t = rows.size() - 1;
		double[] a = new double[t];
		int column = header.indexOf(name);
		if (column < 0) {
			if (required) {
				throw new IOException(folder.file(RunFolder.TRAJECTORY_CSV) + " has no column " + name);
			}
			java.util.Arrays.fill(a, Double.NaN);
			return a;
		}
		for (int i = 0; i < t; i++) {
			a[i] = parse(rows.get(i + 1).get(column));
		}
		return a;
	}

	private static String num(double v) {
		return Double.isNaN(v) ? "" : Double.toString(v);
	}

	private static double parse(String cell) {
		return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
	}
}
