package org.spectralbias.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spectralbias.core.contrib.NetworkRequest;
import org.spectralbias.core.contrib.ParameterException;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.Problem;
import org.spectralbias.math.Progress;
import org.spectralbias.math.distribution.SphereSampler;
import org.spectralbias.math.kernel.DotProductKernel;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.linalg.GramMatrix;
import org.spectralbias.math.network.GradientDescent;
import org.spectralbias.math.network.LinearisedModel;
import org.spectralbias.math.network.TrainableNetwork;
import org.spectralbias.math.sphere.Spectrum;
import org.spectralbias.math.sphere.SphereSpectrum;
import org.spectralbias.math.target.Target;
import org.spectralbias.math.target.ZonalFunction;
import org.spectralbias.math.target.ZonalTerm;

import com.google.gson.JsonObject;

/**
 * A run prepared up to the first training step: inputs and targets sampled, projection vectors built, the
 * network initialised, the analytic kernel's Gram matrix and linear model computed and the learning rate checked
 * against the stability bound. Holds the network's threads until {@link #close()}.
 */
public final class RunSetup implements AutoCloseable {

	private final ResolvedExperiment experiment;
	private final int threads;
	private final JsonObject timings = new JsonObject();
	final double[][] xTrain;
	final double[] yTrain;
	final double[][] xTest;
	final double[] yTest;
	final List<ZonalTerm> terms;
	final double[][] vTrain;
	final double[][] vTest;
	final TrainableNetwork network;
	final LinearisedModel analytic;
	final double lambdaMax;
	final double[] mu;
	final double[] effectiveEigenvalue;
	final boolean uniform;
	final boolean bias;
	/** the training points by local input density; null when the distribution has no density formula */
	final DensityGroups densityGroups;
	GramMatrix analyticGram;
	int[] leakageBlocks = new int[0];
	double[][] leakage;
	PairKernel kernel;
	Spectrum blocksSpectrum;
	int[][] blocks = new int[0][];

	RunSetup(ResolvedExperiment experiment, Progress progress) throws ExperimentFileException {
		this.experiment = experiment;
		ExperimentSpec spec = experiment.spec();
		int d = spec.ambientDim();
		this.threads = spec.threads() == 0 ? Runtime.getRuntime().availableProcessors() : spec.threads();
		long t = System.nanoTime();
		SplittableRandom root = new SplittableRandom(spec.seed());
		SplittableRandom structure = root.split();
		SplittableRandom targetRandom = root.split();
		SplittableRandom trainRandom = root.split();
		SplittableRandom testRandom = root.split();
		SplittableRandom networkRandom = root.split();
		progress.begin("sampling " + spec.samples().train() + " + " + spec.samples().test() + " points", 1);
		SphereSampler sampler = contribution("$.distribution", () -> experiment.distribution().contribution()
				.create(d, experiment.distribution().parameters(), structure));
		Target target = contribution("$.target",
				() -> experiment.target().contribution().create(d, experiment.target().parameters(), targetRandom));
		xTrain = sampler.sample(spec.samples().train(), trainRandom);
		xTest = sampler.sample(spec.samples().test(), testRandom);
		yTrain = target.values(xTrain);
		yTest = target.values(xTest);
		uniform = sampler.isUniform();
		densityGroups = densityGroups(sampler, xTrain);
		terms = projectionTerms(spec, target, experiment.target().id());
		vTrain = Projections.vectors(terms, xTrain, d);
		vTest = Projections.vectors(terms, xTest, d);
		bias = "true".equals(experiment.architecture().parameters().asText().get("bias"));
		progress.worked(1);
		lap("sampling", t);

		t = System.nanoTime();
		network = contribution("$.architecture", () -> experiment.architecture().contribution()
				.create(new NetworkRequest(d, spec.width(), experiment.activation(),
						experiment.architecture().parameters(), networkRandom, threads)));
		lap("network initialisation", t);
		try {
			t = System.nanoTime();
			kernel = network.limitKernel();
			PairKernel fast = GramKernels.forGram(kernel);
			GramMatrix k = GramMatrix.compute(fast, xTrain, threads, progress);
			analyticGram = k;
			double[] kTest = crossGram(fast, xTest, xTrain);
			lap("analytic Gram matrix", t);
			t = System.nanoTime();
			double eta = spec.effectiveLearningRate();
			analytic = new LinearisedModel(k, xTest.length == 0 ? null : kTest, network.predict(xTrain),
					xTest.length == 0 ? null : network.predict(xTest), yTrain, eta, progress);
			lambdaMax = analytic.eigenvalues()[0] / xTrain.length;
			lap("eigendecomposition (analytic kernel)", t);
			double bound = GradientDescent.maxStableLearningRate(lambdaMax);
			if (eta > bound && !spec.optimizer().force()) {
				throw new ExperimentFileException(null, List.of(new Problem("$.optimizer",
						String.format("effective learning rate η·m = %.6g exceeds the stability bound 2/λ_max(K/n) = "
								+ "%.6g (λ_max = %.6g); lower it or set \"force\": true", eta, bound, lambdaMax))));
			}
			mu = new double[terms.size()];
			effectiveEigenvalue = new double[terms.size()];
			Spectrum spectrum = kernel instanceof DotProductKernel dot
					? SphereSpectrum.compute(dot::kappa, d, terms.stream().mapToInt(ZonalTerm::degree).max().orElse(0))
					: null;
			leakage = new double[terms.size()][0];
			if (kernel instanceof DotProductKernel dot) {
				// eigenspace blocks of the sphere up to degree 40 (enough to cover n ≤ 10^5 at D ≥ 3)
				blocksSpectrum = SphereSpectrum.compute(dot::kappa, d, Math.max(40,
						terms.stream().mapToInt(ZonalTerm::degree).max().orElse(0)));
				blocks = EigenBlocks.of(blocksSpectrum, xTrain.length);
				leakageBlocks = java.util.Arrays.stream(blocks).mapToInt(b -> b[0]).toArray();
				for (int i = 0; i < terms.size(); i++) {
					leakage[i] = EigenBlocks.shares(analytic.eigenbasisEnergy(vTrain[i]), blocks);
				}
			}
			for (int i = 0; i < terms.size(); i++) {
				int degree = terms.get(i).degree();
				mu[i] = spectrum == null ? Double.NaN
						: spectrum.resolved(degree) ? spectrum.eigenvalue(degree) : 0.0;
				effectiveEigenvalue[i] = Projections.rayleigh(vTrain[i], k.data(), xTrain.length);
			}
		} catch (ExperimentFileException | RuntimeException e) {
			network.close();
			throw e;
		}
	}

	/** @return the points grouped by density, or null when a point's density is unknown */
	private static DensityGroups densityGroups(SphereSampler sampler, double[][] x) {
		double[] p = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			java.util.OptionalDouble density = sampler.relativeDensity(x[i]);
			if (density.isEmpty() || !Double.isFinite(density.getAsDouble())) {
				return null;
			}
			p[i] = density.getAsDouble();
		}
		return x.length == 0 ? null : DensityGroups.of(p);
	}

	/** A contribution call whose parameter problems become file problems at the given path. */
	private static <T> T contribution(String path, java.util.function.Supplier<T> call) throws ExperimentFileException {
		try {
			return call.get();
		} catch (IllegalArgumentException e) {
			throw new ExperimentFileException(null, List.of(new Problem(path, e.getMessage())));
		}
	}

	private double[] crossGram(PairKernel kernel, double[][] z, double[][] x) {
		double[] out = new double[z.length * x.length];
		java.util.stream.IntStream.range(0, z.length).parallel().forEach(i -> {
			for (int j = 0; j < x.length; j++) {
				out[i * x.length + j] = kernel.value(z[i], x[j]);
			}
		});
		return out;
	}

	private static List<ZonalTerm> projectionTerms(ExperimentSpec spec, Target target, String targetId)
			throws ExperimentFileException {
		List<ZonalTerm> own = target.zonalTerms().orElse(List.of());
		if (spec.projectionDegrees().isEmpty()) {
			List<ZonalTerm> nonZero = own.stream().filter(z -> z.coefficient() != 0).toList();
			if (nonZero.isEmpty()) {
				throw new ExperimentFileException(null, List.of(new Problem("$.projectionDegrees",
						"target '" + targetId + "' is not a sum of zonal terms; list the degrees to project on")));
			}
			return nonZero;
		}
		List<ZonalTerm> terms = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < spec.projectionDegrees().size(); i++) {
			int degree = spec.projectionDegrees().get(i);
			ZonalTerm match = own.stream().filter(z -> z.degree() == degree).findFirst().orElse(null);
			if (match == null && target instanceof ZonalFunction zonal) {
				// a zonal target f(⟨ζ, x⟩) has one direction for all degrees: project on P_k(⟨ζ, x⟩)
				match = new ZonalTerm(degree, zonal.gegenbauerCoefficients(degree)[degree], zonal.direction());
			} else if (match == null && !own.isEmpty()) {
				// terms sharing one direction: project on that direction
				match = new ZonalTerm(degree, 0, own.get(0).direction());
			}
			if (match == null) {
				problems.add(new Problem("$.projectionDegrees[" + i + "]", "target '" + targetId
						+ "' has no direction to project degree " + degree + " on"));
			} else {
				terms.add(match);
			}
		}
		if (!problems.isEmpty()) {
			throw new ExperimentFileException(null, problems);
		}
		return terms;
	}

	private void lap(String phase, long start) {
		timings.addProperty(phase, (System.nanoTime() - start) / 1e9);
	}

	/** @return the experiment */
	public ResolvedExperiment experiment() {
		return experiment;
	}

	/** @return worker threads */
	public int threads() {
		return threads;
	}

	/** @return phase timings in seconds, in order (mutable: later phases add theirs) */
	public JsonObject timings() {
		return timings;
	}

	/** @return λ_max(K/n) of the analytic kernel */
	public double lambdaMax() {
		return lambdaMax;
	}

	@Override
	public void close() {
		network.close();
	}
}
