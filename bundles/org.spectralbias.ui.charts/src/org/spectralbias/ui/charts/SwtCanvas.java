package org.spectralbias.ui.charts;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.layout.PlacedText;
import org.spectralbias.report.layout.Rect;
import org.spectralbias.report.render.Canvas;
import org.spectralbias.report.render.Stroke;

/**
 * The report bundle's {@link Canvas} over an SWT {@link GC}, so that figures drawn by the report's painters (heat
 * maps) look on screen as they do in their SVG and PNG files. Font sizes are in pixels as in the report; fonts are
 * cached and released by {@link #dispose()}. Not thread-safe: use on the UI thread.
 */
public final class SwtCanvas implements Canvas {

	private final GC gc;
	private final Device device;
	private final Map<String, Font> fonts = new HashMap<>();
	private final Deque<Rectangle> clips = new ArrayDeque<>();

	/**
	 * @param gc the graphics context to draw on
	 */
	public SwtCanvas(GC gc) {
		this.gc = gc;
		this.device = gc.getDevice();
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
	}

	@Override
	public void beginGroup(String kind, String description) {
		// SWT has no groups
	}

	@Override
	public void endGroup() {
		// SWT has no groups
	}

	@Override
	public void beginClip(Rect area) {
		Rectangle previous = gc.isClipped() ? gc.getClipping() : null;
		clips.push(previous == null ? new Rectangle(0, 0, -1, -1) : previous);
		Rectangle r = new Rectangle((int) Math.floor(area.x()), (int) Math.floor(area.y()),
				(int) Math.ceil(area.width()), (int) Math.ceil(area.height()));
		gc.setClipping(previous == null ? r : previous.intersection(r));
	}

	@Override
	public void endClip() {
		Rectangle previous = clips.pop();
		if (previous.width < 0) {
			gc.setClipping((Rectangle) null);
		} else {
			gc.setClipping(previous);
		}
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
		apply(stroke);
		gc.drawLine(round(x1), round(y1), round(x2), round(y2));
	}

	@Override
	public void polyline(double[] points, Stroke stroke) {
		apply(stroke);
		gc.drawPolyline(ints(points));
	}

	@Override
	public void polygon(double[] points, Rgb fill, Stroke stroke) {
		int[] p = ints(points);
		if (fill != null) {
			gc.setBackground(colour(fill));
			gc.fillPolygon(p);
		}
		if (stroke != null) {
			apply(stroke);
			gc.drawPolygon(p);
		}
	}

	@Override
	public void rect(Rect area, Rgb fill, Stroke stroke) {
		int x = round(area.x());
		int y = round(area.y());
		int w = round(area.right()) - x;
		int h = round(area.bottom()) - y;
		if (fill != null) {
			gc.setBackground(colour(fill));
			gc.fillRectangle(x, y, w, h);
		}
		if (stroke != null) {
			apply(stroke);
			gc.drawRectangle(x, y, w, h);
		}
	}

	@Override
	public void circle(double cx, double cy, double radius, Rgb fill, Stroke stroke) {
		int x = round(cx - radius);
		int y = round(cy - radius);
		int d = Math.max(1, round(2 * radius));
		if (fill != null) {
			gc.setBackground(colour(fill));
			gc.fillOval(x, y, d, d);
		}
		if (stroke != null) {
			apply(stroke);
			gc.drawOval(x, y, d, d);
		}
	}

	@Override
	public void text(PlacedText text) {
		gc.setFont(font(text.style().size(), text.style().bold()));
		gc.setForeground(colour(text.style().colour()));
		Point extent = gc.textExtent(text.text(), SWT.DRAW_TRANSPARENT);
		int ascent = gc.getFontMetrics().getAscent() + gc.getFontMetrics().getLeading();
		double dx = switch (text.style().anchor()) {
		case START -> 0;
		case MIDDLE -> -extent.x / 2.0;
		case END -> -extent.x;
		};
		if (text.style().rotation() == 0) {
			gc.drawText(text.text(), round(text.x() + dx), round(text.y()) - ascent, true);
			return;
		}
		Transform saved = new Transform(device);
		Transform t = new Transform(device);
		try {
			gc.getTransform(saved);
			gc.getTransform(t);
			t.translate((float) text.x(), (float) text.y());
			t.rotate((float) -text.style().rotation()); // the report turns counter-clockwise, SWT clockwise
			gc.setTransform(t);
			gc.drawText(text.text(), round(dx), -ascent, true);
			gc.setTransform(saved);
		} finally {
			t.dispose();
			saved.dispose();
		}
	}

	/** Releases the fonts this canvas created. */
	public void dispose() {
		fonts.values().forEach(Font::dispose);
		fonts.clear();
	}

	private void apply(Stroke stroke) {
		gc.setForeground(colour(stroke.colour()));
		gc.setLineWidth(Math.max(1, round(stroke.width())));
		if (stroke.isSolid()) {
			gc.setLineStyle(SWT.LINE_SOLID);
		} else {
			double[] d = stroke.dashes();
			int[] dashes = new int[d.length];
			for (int i = 0; i < d.length; i++) {
				dashes[i] = Math.max(1, round(d[i]));
			}
			gc.setLineDash(dashes);
		}
	}

	private Font font(double pixels, boolean bold) {
		String key = pixels + (bold ? "b" : "");
		return fonts.computeIfAbsent(key, k -> {
			FontData base = device.getSystemFont().getFontData()[0];
			// the report's sizes are pixels; SWT fonts are points (1/72 inch)
			int points = Math.max(1, (int) Math.round(pixels * 72.0 / device.getDPI().y));
			return new Font(device, new FontData(base.getName(), points, bold ? SWT.BOLD : SWT.NORMAL));
		});
	}

	private Color colour(Rgb rgb) {
		return new Color(device, rgb.red(), rgb.green(), rgb.blue());
	}

	private static int round(double v) {
		return (int) Math.round(v);
	}

	private static int[] ints(double[] points) {
		int[] p = new int[points.length];
		for (int i = 0; i < p.length; i++) {
			p[i] = round(points[i]);
		}
		return p;
	}
}
