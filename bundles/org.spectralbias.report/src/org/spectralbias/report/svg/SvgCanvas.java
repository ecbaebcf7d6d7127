package org.spectralbias.report.svg;

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
 * A {@link Canvas} that writes SVG 1.1 elements. Clip rectangles become {@code <clipPath>} definitions, numbered in
 * order of first use, so the output depends only on the drawing calls.
 */
final class SvgCanvas implements Canvas {

	private final StringBuilder body = new StringBuilder(1 << 16);
	private final List<Rect> clips = new ArrayList<>();
	private int depth = 1;

	String document(double width, double height, String title) {
		StringBuilder out = new StringBuilder(body.length() + 1024);
		String w = Xml.number(width);
		String h = Xml.number(height);
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(w)
				.append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
				.append("\" font-family=\"sans-serif\">\n");
		if (!title.isEmpty()) {
			out.append("\t<title>").append(Xml.escape(title)).append("</title>\n");
		}
		if (!clips.isEmpty()) {
			out.append("\t<defs>\n");
			for (int i = 0; i < clips.size(); i++) {
				out.append("\t\t<clipPath id=\"clip").append(i).append("\">");
				appendRect(out, clips.get(i));
				out.append(" fill=\"#000000\"/></clipPath>\n");
			}
			out.append("\t</defs>\n");
		}
		out.append(body);
		out.append("</svg>\n");
		return out.toString();
	}

	@Override
	public void beginGroup(String kind, String description) {
		open().append("<g class=\"").append(Xml.escape(kind)).append("\">\n");
		depth++;
		if (!description.isEmpty()) {
			open().append("<title>").append(Xml.escape(description)).append("</title>\n");
		}
	}

	@Override
	public void endGroup() {
		depth--;
		open().append("</g>\n");
	}

	@Override
	public void beginClip(Rect area) {
		int id = clips.indexOf(area);
		if (id < 0) {
			id = clips.size();
			clips.add(area);
		}
		open().append("<g clip-path=\"url(#clip").append(id).append(")\">\n");
		depth++;
	}

	@Override
	public void endClip() {
		endGroup();
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
		StringBuilder out = open().append("<line x1=\"").append(Xml.number(x1)).append("\" y1=\"")
				.append(Xml.number(y1)).append("\" x2=\"").append(Xml.number(x2)).append("\" y2=\"")
				.append(Xml.number(y2)).append('"');
		appendStroke(out, stroke);
		out.append("/>\n");
	}

	@Override
	public void polyline(double[] points, Stroke stroke) {
		StringBuilder out = open().append("<polyline points=\"");
		appendPoints(out, points);
		out.append("\" fill=\"none\"");
		appendStroke(out, stroke);
		out.append(" stroke-linejoin=\"round\"/>\n");
	}

	@Override
	public void polygon(double[] points, Rgb fill, Stroke stroke) {
		StringBuilder out = open().append("<polygon points=\"");
		appendPoints(out, points);
		out.append('"');
		appendFill(out, fill);
		appendStroke(out, stroke);
		out.append("/>\n");
	}

	@Override
	public void rect(Rect area, Rgb fill, Stroke stroke) {
		StringBuilder out = open();
		appendRect(out, area);
		appendFill(out, fill);
		appendStroke(out, stroke);
		out.append("/>\n");
	}

	@Override
	public void circle(double cx, double cy, double radius, Rgb fill, Stroke stroke) {
		StringBuilder out = open().append("<circle cx=\"").append(Xml.number(cx)).append("\" cy=\"")
				.append(Xml.number(cy)).append("\" r=\"").append(Xml.number(radius)).append('"');
		appendFill(out, fill);
		appendStroke(out, stroke);
		out.append("/>\n");
	}

	@Override
	public void text(PlacedText text) {
		TextStyle style = text.style();
		String x = Xml.number(text.x());
		String y = Xml.number(text.y());
		StringBuilder out = open().append("<text x=\"").append(x).append("\" y=\"").append(y)
				.append("\" font-size=\"").append(Xml.number(style.size())).append('"');
		if (style.bold()) {
			out.append(" font-weight=\"bold\"");
		}
		if (style.anchor() != Anchor.START) {
			out.append(" text-anchor=\"").append(style.anchor() == Anchor.MIDDLE ? "middle" : "end").append('"');
		}
		if (style.rotation() != 0) {
			out.append(" transform=\"rotate(").append(Xml.number(-style.rotation())).append(' ').append(x)
					.append(' ').append(y).append(")\"");
		}
		out.append(" fill=\"").append(style.colour().hex()).append("\">").append(Xml.escape(text.text()))
				.append("</text>\n");
	}

	private StringBuilder open() {
		for (int i = 0; i < depth; i++) {
			body.append('\t');
		}
		return body;
	}

	private static void appendRect(StringBuilder out, Rect r) {
		out.append("<rect x=\"").append(Xml.number(r.x())).append("\" y=\"").append(Xml.number(r.y()))
				.append("\" width=\"").append(Xml.number(r.width())).append("\" height=\"")
				.append(Xml.number(r.height())).append('"');
	}

	private static void appendPoints(StringBuilder out, double[] points) {
		for (int i = 0; i + 1 < points.length; i += 2) {
			if (i > 0) {
				out.append(' ');
			}
			out.append(Xml.number(points[i])).append(',').append(Xml.number(points[i + 1]));
		}
	}

	private static void appendFill(StringBuilder out, Rgb fill) {
		out.append(" fill=\"").append(fill == null ? "none" : fill.hex()).append('"');
	}

	private static void appendStroke(StringBuilder out, Stroke stroke) {
		if (stroke == null) {
			out.append(" stroke=\"none\"");
			return;
		}
		out.append(" stroke=\"").append(stroke.colour().hex()).append("\" stroke-width=\"")
				.append(Xml.number(stroke.width())).append('"');
		if (!stroke.isSolid()) {
			out.append(" stroke-dasharray=\"");
			double[] dashes = stroke.dashes();
			for (int i = 0; i < dashes.length; i++) {
				out.append(i == 0 ? "" : ",").append(Xml.number(dashes[i]));
			}
			out.append('"');
		}
	}
}
