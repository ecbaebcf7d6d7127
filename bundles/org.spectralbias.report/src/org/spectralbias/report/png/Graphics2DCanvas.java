package org.spectralbias.report.png;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.layout.Anchor;
import org.spectralbias.report.layout.PlacedText;
import org.spectralbias.report.layout.Rect;
import org.spectralbias.report.layout.TextStyle;
import org.spectralbias.report.render.Canvas;
import org.spectralbias.report.render.Stroke;

/**
 * A {@link Canvas} over an AWT {@link Graphics2D} (whose transform already holds the scale factor).
 */
final class Graphics2DCanvas implements Canvas {

	private final Graphics2D g;
	private final List<Shape> clips = new ArrayList<>();

	Graphics2DCanvas(Graphics2D g) {
		this.g = g;
	}

	@Override
	public void beginGroup(String kind, String description) {
		// groups carry no meaning in a raster image
	}

	@Override
	public void endGroup() {
		// groups carry no meaning in a raster image
	}

	@Override
	public void beginClip(Rect area) {
		clips.add(g.getClip());
		g.clip(new Rectangle2D.Double(area.x(), area.y(), area.width(), area.height()));
	}

	@Override
	public void endClip() {
		g.setClip(clips.remove(clips.size() - 1));
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
		draw(new Line2D.Double(x1, y1, x2, y2), stroke);
	}

	@Override
	public void polyline(double[] points, Stroke stroke) {
		draw(path(points, false), stroke);
	}

	@Override
	public void polygon(double[] points, Rgb fill, Stroke stroke) {
		paint(path(points, true), fill, stroke);
	}

	@Override
	public void rect(Rect area, Rgb fill, Stroke stroke) {
		paint(new Rectangle2D.Double(area.x(), area.y(), area.width(), area.height()), fill, stroke);
	}

	@Override
	public void circle(double cx, double cy, double radius, Rgb fill, Stroke stroke) {
		paint(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius), fill, stroke);
	}

	@Override
	public void text(PlacedText text) {
		TextStyle style = text.style();
		Font font = new Font(Font.SANS_SERIF, style.bold() ? Font.BOLD : Font.PLAIN, 1)
				.deriveFont((float) style.size());
		double width = font.getStringBounds(text.text(), g.getFontRenderContext()).getWidth();
		double shift = switch (style.anchor()) {
		case START -> 0;
		case MIDDLE -> -width / 2;
		case END -> -width;
		};
		AffineTransform saved = g.getTransform();
		if (style.rotation() != 0) {
			g.rotate(-Math.toRadians(style.rotation()), text.x(), text.y());
		}
		g.setFont(font);
		g.setColor(colour(style.colour()));
		g.drawString(text.text(), (float) (text.x() + shift), (float) text.y());
		g.setTransform(saved);
	}

	private void paint(Shape shape, Rgb fill, Stroke stroke) {
		if (fill != null) {
			g.setColor(colour(fill));
			g.fill(shape);
		}
		if (stroke != null) {
			draw(shape, stroke);
		}
	}

	private void draw(Shape shape, Stroke stroke) {
		g.setColor(colour(stroke.colour()));
		float[] dashes = null;
		if (!stroke.isSolid()) {
			double[] d = stroke.dashes();
			dashes = new float[d.length];
			for (int i = 0; i < d.length; i++) {
				dashes[i] = (float) d[i];
			}
		}
		g.setStroke(new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
				dashes, 0f));
		g.draw(shape);
	}

	private static Path2D path(double[] points, boolean closed) {
		Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, points.length / 2 + 1);
		path.moveTo(points[0], points[1]);
		for (int i = 2; i + 1 < points.length; i += 2) {
			path.lineTo(points[i], points[i + 1]);
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

	private static Color colour(Rgb rgb) {
		return new Color(rgb.value());
	}
}
