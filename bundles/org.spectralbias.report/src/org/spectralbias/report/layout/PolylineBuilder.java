package org.spectralbias.report.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a sequence of pixel points into polylines clipped to a rectangle (Liang &amp; Barsky, "A new concept and
 * method for line clipping", ACM TOG 3(1), 1984). A NaN point breaks the line. Consecutive vertices closer than the
 * tolerance in both coordinates are merged, which keeps long runs of nearly identical points small.
 */
final class PolylineBuilder {

	private final double xMin;
	private final double yMin;
	private final double xMax;
	private final double yMax;
	private final double tolerance;
	private final List<double[]> polylines = new ArrayList<>();
	private double[] current = new double[64];
	private int length;
	private boolean open;
	private double prevX = Double.NaN;
	private double prevY = Double.NaN;
	private double pendingX = Double.NaN;
	private double pendingY = Double.NaN;

	PolylineBuilder(Rect clip, double tolerance) {
		xMin = clip.x();
		yMin = clip.y();
		xMax = clip.right();
		yMax = clip.bottom();
		this.tolerance = tolerance;
	}

	void add(double x, double y) {
		if (Double.isNaN(x) || Double.isNaN(y)) {
			close();
			prevX = Double.NaN;
			return;
		}
		if (!Double.isNaN(prevX)) {
			segment(prevX, prevY, x, y);
		}
		prevX = x;
		prevY = y;
	}

	List<double[]> finish() {
		close();
		return List.copyOf(polylines);
	}

	private void segment(double x0, double y0, double x1, double y1) {
		double dx = x1 - x0;
		double dy = y1 - y0;
		double[] t = { 0, 1 };
		if (!clipTest(-dx, x0 - xMin, t) || !clipTest(dx, xMax - x0, t) || !clipTest(-dy, y0 - yMin, t)
				|| !clipTest(dy, yMax - y0, t)) {
			close();
			return;
		}
		if (t[0] > 0 || !open) {
			close();
			append(x0 + t[0] * dx, y0 + t[0] * dy);
			open = true;
		}
		double ex = x1 + (t[1] - 1) * dx;
		double ey = y1 + (t[1] - 1) * dy;
		if (t[1] < 1) {
			pendingX = Double.NaN;
			append(ex, ey);
			close();
		} else if (Math.abs(ex - current[length - 2]) < tolerance && Math.abs(ey - current[length - 1]) < tolerance) {
			pendingX = ex;
			pendingY = ey;
		} else {
			pendingX = Double.NaN;
			append(ex, ey);
		}
	}

	private static boolean clipTest(double p, double q, double[] t) {
		if (p == 0) {
			return q >= 0;
		}
		double r = q / p;
		if (p < 0) {
			if (r > t[1]) {
				return false;
			}
			t[0] = Math.max(t[0], r);
		} else {
			if (r < t[0]) {
				return false;
			}
			t[1] = Math.min(t[1], r);
		}
		return true;
	}

	private void append(double x, double y) {
		if (length + 2 > current.length) {
			current = Arrays.copyOf(current, current.length * 2);
		}
		current[length++] = x;
		current[length++] = y;
	}

	private void close() {
		if (!Double.isNaN(pendingX)) {
			append(pendingX, pendingY);
			pendingX = Double.NaN;
		}
		if (length >= 4) {
			polylines.add(Arrays.copyOf(current, length));
		}
		length = 0;
		open = false;
	}
}
