package org.spectralbias.math.linalg;

import java.util.concurrent.atomic.AtomicBoolean;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.VectorApi;
import org.spectralbias.math.internal.WorkerTeam;
import org.spectralbias.math.kernel.DotProductKernel;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.kernel.ReluNtk;

/**
 * The analytic ReLU NTK Gram matrix ({@link ReluNtk}, every variant) of unit vectors on the Vector API: for each
 * square tile of the upper triangle, the inner products t = ⟨x_i, x_j⟩ of one row against a vector of columns by
 * fused multiply-adds, then κ(t) lane-wise with the JDK's vector arccos and square root, the tile written to its
 * rows and, transposed, to the mirror rows. The diagonal is κ(1) exactly, as in {@link GramMatrix#compute}.
 * <p>
 * κ follows {@link ReluNtk#kappa} step by step (clamping, J₀ = arccos(−t), J₁ = √((1 − t)(1 + t)) + J₀·t or its
 * series near t = −1); the differences from the plain path are the fused inner products, the vector arccos (Intel
 * SVML in compiled code, within about one ulp of {@link Math#acos}; the Vector API's own fallback, which uses
 * {@link Math#acos}, before C2 compiles the loop) and products by 1/π instead of quotients. See {@link VectorApi} for the
 * determinism contract.
 * <p>
 * Loaded reflectively by {@link VectorApi#gram}. Thread safety: stateless.
 */
public final class VectorReluNtkGram implements VectorApi.GramFunction {

	private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
	private static final int L = SPECIES.length();
	/** Side of the square tiles: the unit of parallel work. */
	private static final int TILE = 64;
	private static final double UNIT_TOLERANCE = 1e-10;
	/** Below this angle φ = arccos(−t), J₁ uses its series, as {@code AngularIntegrals.j1} does. */
	private static final double SERIES_THRESHOLD = 0.01;
	private static final double INV_PI = 1.0 / Math.PI;
	private static final double INV_TWO_PI = 1.0 / (2.0 * Math.PI);

	@Override
	public GramMatrix compute(PairKernel kernel, double[][] points, int threads, Progress progress) {
		if (!(kernel instanceof ReluNtk relu) || threads < 1 || points.length > GramMatrix.MAX_N) {
			return null;
		}
		int n = points.length;
		int d = n == 0 ? 0 : points[0].length;
		for (double[] p : points) {
			if (p.length != d || !(Math.abs(DotProductKernel.dot(p, p) - 1.0) <= UNIT_TOLERANCE)) {
				return null;
			}
		}
		int tiles = (n + TILE - 1) / TILE;
		// the points transposed and padded to whole tiles: column j of component k at k·width + j
		int width = tiles * TILE;
		double[] columns = new double[d * width];
		for (int j = 0; j < n; j++) {
			for (int k = 0; k < d; k++) {
				columns[k * width + j] = points[j][k];
			}
		}
		Shape shape = Shape.of(relu.variant());
		progress.begin("Gram matrix " + n + " × " + n + " (Vector API)", tiles);
		progress.checkCancelled();
		int workers = Math.max(1, Math.min(threads, tiles));
		// the calling thread allocates (zeroes) the n² array while the helpers compute their first tiles
		TileBacklog.Destination destination = new TileBacklog.Destination();
		TileBacklog[] backlogs = new TileBacklog[workers];
		for (int w = 0; w < workers; w++) {
			backlogs[w] = new TileBacklog(destination, (tile, i0, j0, data) -> write(tile, i0, j0, n, data));
		}
		AtomicBoolean cancelled = new AtomicBoolean();
		try (WorkerTeam team = new WorkerTeam(workers, "vector-gram-worker")) {
			team.run(tiles, () -> destination.allocate(n * n), (worker, bi) -> {
				if (cancelled.get() || progress.isCancelled()) {
					cancelled.set(true);
					return;
				}
				rowTile(bi, n, d, width, columns, shape, backlogs[worker]);
				progress.worked(1);
			});
		}
		if (cancelled.get()) {
			throw new CancelledException();
		}
		for (TileBacklog backlog : backlogs) {
			backlog.finish();
		}
		double[] data = destination.await();
		double diagonal = relu.kappa(1.0);
		for (int i = 0; i < n; i++) {
			data[i * n + i] = diagonal;
		}
		return new GramMatrix(n, data);
	}

	/** The tiles (bi, bj ≥ bi): inner products of the rows of tile bi with the columns of each tile, κ over the tile. */
	private static void rowTile(int bi, int n, int d, int width, double[] columns, Shape shape, TileBacklog backlog) {
		int i0 = bi * TILE;
		int i1 = Math.min(n, i0 + TILE);
		double[] tile = new double[TILE * TILE];
		for (int j0 = i0; j0 < n; j0 += TILE) {
			int j1 = Math.min(n, j0 + TILE);
			int row = i0;
			for (; row + 4 <= i1; row += 4) {
				dots4(columns, width, d, row, j0, j1, tile, (row - i0) * TILE);
			}
			for (; row < i1; row++) {
				dots(columns, width, d, row, j0, j1, tile, (row - i0) * TILE);
			}
			kappa(tile, shape);
			backlog.write(tile, i0, j0);
		}
	}

	/**
	 * Writes the tile at (i0, j0) to its rows and, transposed, to the mirror rows (in the diagonal tile only the upper
	 * triangle is copied both ways, so the matrix is exactly symmetric).
	 */
	private static void write(double[] tile, int i0, int j0, int n, double[] data) {
		int i1 = Math.min(n, i0 + TILE);
		int j1 = Math.min(n, j0 + TILE);
		for (int i = i0; i < i1; i++) {
			int from = j0 == i0 ? i : j0;
			System.arraycopy(tile, (i - i0) * TILE + from - j0, data, i * n + from, j1 - from);
		}
		for (int j = j0; j < j1; j++) {
			int target = j * n + i0;
			int end = j0 == i0 ? j - j0 : i1 - i0;
			for (int q = 0; q < end; q++) {
				data[target + q] = tile[q * TILE + j - j0];
			}
		}
	}

	/** tile[at + j − j0] = ⟨x_i, x_j⟩ for the columns j0 ≤ j &lt; j1 (rounded up to whole vectors). */
	private static void dots(double[] columns, int width, int d, int i, int j0, int j1, double[] tile, int at) {
		DoubleVector x0 = DoubleVector.broadcast(SPECIES, columns[i]);
		for (int j = j0; j < j1; j += L) {
			DoubleVector t = x0.mul(DoubleVector.fromArray(SPECIES, columns, j));
			for (int k = 1; k < d; k++) {
				t = DoubleVector.fromArray(SPECIES, columns, k * width + j)
						.fma(DoubleVector.broadcast(SPECIES, columns[k * width + i]), t);
			}
			t.intoArray(tile, at + j - j0);
		}
	}

	/** {@link #dots} for rows i … i + 3 at once: each column vector loaded serves four rows. */
	private static void dots4(double[] columns, int width, int d, int i, int j0, int j1, double[] tile, int at) {
		for (int j = j0; j < j1; j += L) {
			DoubleVector c = DoubleVector.fromArray(SPECIES, columns, j);
			DoubleVector t0 = c.mul(columns[i]);
			DoubleVector t1 = c.mul(columns[i + 1]);
			DoubleVector t2 = c.mul(columns[i + 2]);
			DoubleVector t3 = c.mul(columns[i + 3]);
			for (int k = 1; k < d; k++) {
				int row = k * width;
				c = DoubleVector.fromArray(SPECIES, columns, row + j);
				t0 = c.fma(DoubleVector.broadcast(SPECIES, columns[row + i]), t0);
				t1 = c.fma(DoubleVector.broadcast(SPECIES, columns[row + i + 1]), t1);
				t2 = c.fma(DoubleVector.broadcast(SPECIES, columns[row + i + 2]), t2);
				t3 = c.fma(DoubleVector.broadcast(SPECIES, columns[row + i + 3]), t3);
			}
			int p = at + j - j0;
			t0.intoArray(tile, p);
			t1.intoArray(tile, p + TILE);
			t2.intoArray(tile, p + 2 * TILE);
			t3.intoArray(tile, p + 3 * TILE);
		}
	}

	/** Replaces each inner product of the tile by κ of it. */
	private static void kappa(double[] tile, Shape shape) {
		for (int p = 0; p < tile.length; p += L) {
			kappa(DoubleVector.fromArray(SPECIES, tile, p), shape).intoArray(tile, p);
		}
	}

	/**
	 * The homogeneous form of {@link ReluNtk} on unit vectors: κ = g·xy·J₀(τ)/(2π) + ν·J₁(τ)/π with xy = t, ν = 1,
	 * τ = t (bias: xy = t + 1, ν = 2, τ = xy/2) and g = 2 for Bietti–Mairal, else 1.
	 */
	private record Shape(boolean bias, double gradientWeight) {
		static Shape of(ReluNtk.Variant variant) {
			return switch (variant) {
			case PAPER -> new Shape(false, 1.0);
			case PAPER_WITH_BIAS -> new Shape(true, 1.0);
			case BIETTI_MAIRAL -> new Shape(false, 2.0);
			};
		}
	}

	private static DoubleVector kappa(DoubleVector dot, Shape shape) {
		DoubleVector c = clamp(dot);
		DoubleVector xy = c;
		DoubleVector tau = c;
		double normProduct = 1.0;
		if (shape.bias) {
			xy = c.add(1.0);
			normProduct = 2.0;
			tau = clamp(xy.mul(0.5));
		}
		DoubleVector phi = tau.neg().lanewise(VectorOperators.ACOS);
		DoubleVector j1 = tau.neg().add(1.0).mul(tau.add(1.0)).lanewise(VectorOperators.SQRT).add(phi.mul(tau));
		VectorMask<Double> small = phi.compare(VectorOperators.LT, SERIES_THRESHOLD);
		if (small.anyTrue()) {
			DoubleVector p2 = phi.mul(phi);
			DoubleVector series = phi.mul(p2).mul(p2.mul(p2.mul(p2.div(45360.0).neg().add(1.0 / 840.0)).neg()
					.add(1.0 / 30.0)).neg().add(1.0 / 3.0));
			j1 = j1.blend(series, small);
		}
		// g·xy·J₀/(2π) + ν·J₁/π with the divisions as products by the reciprocals (one rounding more); products by a
		// weight of 1 are skipped (they are exact: the same doubles, 5 % less time for the paper's kernel)
		DoubleVector weighted = shape.gradientWeight == 1.0 ? xy : xy.mul(shape.gradientWeight);
		DoubleVector normed = normProduct == 1.0 ? j1 : j1.mul(normProduct);
		return weighted.mul(phi).mul(INV_TWO_PI).add(normed.mul(INV_PI));
	}

	/** Clamps to [−1, 1] by compare and blend (NaN stays NaN). */
	private static DoubleVector clamp(DoubleVector t) {
		DoubleVector upper = t.blend(1.0, t.compare(VectorOperators.GT, 1.0));
		return upper.blend(-1.0, upper.compare(VectorOperators.LT, -1.0));
	}
}
