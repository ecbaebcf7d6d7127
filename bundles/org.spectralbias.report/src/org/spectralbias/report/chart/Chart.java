package org.spectralbias.report.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A two-dimensional chart: title, subtitle, two {@link Axis axes}, a legend position, {@link Series series},
 * {@link ReferenceLine reference lines} and {@link Annotation annotations}. Immutable and thread-safe; build one with
 * {@link #builder()}:
 *
 * <pre>{@code
 * Chart chart = Chart.builder()
 * 		.title("Residual projections")
 * 		.xAxis(Axis.linear("iteration t", ""))
 * 		.yAxis(Axis.log("|v_kᵀ r_t|", ""))
 * 		.series(Series.line("degree 1", t, r1), Series.line("degree 2", t, r2))
 * 		.build();
 * }</pre>
 *
 * Points that cannot be placed (NaN or infinite coordinates, or non-positive values on a log axis) are skipped when
 * drawing; {@link #skippedPoints()} counts them so a caller can report it.
 */
public final class Chart {

	private final String title;
	private final String subtitle;
	private final Axis xAxis;
	private final Axis yAxis;
	private final LegendPosition legend;
	private final Palette palette;
	private final List<Series> series;
	private final List<ReferenceLine> referenceLines;
	private final List<Annotation> annotations;
	private final List<Rgb> colours;

	private Chart(Builder b) {
		title = b.title;
		subtitle = b.subtitle;
		xAxis = b.xAxis;
		yAxis = b.yAxis;
		legend = b.legend;
		palette = b.palette;
		series = List.copyOf(b.series);
		referenceLines = List.copyOf(b.referenceLines);
		annotations = List.copyOf(b.annotations);
		colours = assignColours(series, palette);
	}

	private static List<Rgb> assignColours(List<Series> series, Palette palette) {
		List<Rgb> result = new ArrayList<>(series.size());
		int next = 0;
		for (Series s : series) {
			if (s.colour().isPresent()) {
				result.add(s.colour().get());
			} else if (s.paletteIndex().isPresent()) {
				result.add(palette.colour(s.paletteIndex().getAsInt()));
			} else {
				result.add(palette.colour(next++));
			}
		}
		return List.copyOf(result);
	}

	/**
	 * @return a builder with empty title, linear unlabelled axes, an automatic legend and the Okabe–Ito palette
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * @return a builder initialised with this chart's content
	 */
	public Builder toBuilder() {
		Builder b = new Builder().title(title).subtitle(subtitle).xAxis(xAxis).yAxis(yAxis).legend(legend)
				.palette(palette).series(series);
		referenceLines.forEach(b::referenceLine);
		annotations.forEach(b::annotation);
		return b;
	}

	/**
	 * @return the title, empty for none
	 */
	public String title() {
		return title;
	}

	/**
	 * @return the subtitle (one line under the title), empty for none
	 */
	public String subtitle() {
		return subtitle;
	}

	/**
	 * @return the horizontal axis
	 */
	public Axis xAxis() {
		return xAxis;
	}

	/**
	 * @return the vertical axis
	 */
	public Axis yAxis() {
		return yAxis;
	}

	/**
	 * @return where the legend goes
	 */
	public LegendPosition legend() {
		return legend;
	}

	/**
	 * @return the palette for series without an explicit colour
	 */
	public Palette palette() {
		return palette;
	}

	/**
	 * @return the series in drawing order (later ones on top), unmodifiable
	 */
	public List<Series> series() {
		return series;
	}

	/**
	 * @return the reference lines, unmodifiable
	 */
	public List<ReferenceLine> referenceLines() {
		return referenceLines;
	}

	/**
	 * @return the annotations, unmodifiable
	 */
	public List<Annotation> annotations() {
		return annotations;
	}

	/**
	 * The colour a series is drawn in: its explicit colour, else its pinned palette entry, else the next palette
	 * entry in order among the series that have neither.
	 *
	 * @param seriesIndex index into {@link #series()}
	 * @return the resolved colour
	 */
	public Rgb colour(int seriesIndex) {
		return colours.get(seriesIndex);
	}

	/**
	 * @param x an abscissa
	 * @param y an ordinate
	 * @return whether the point can be placed on these axes (finite; positive where the axis is logarithmic)
	 */
	public boolean isPlottable(double x, double y) {
		return xAxis.scale().accepts(x) && yAxis.scale().accepts(y);
	}

	/**
	 * @param seriesIndex index into {@link #series()}
	 * @return how many of its points are not drawn because {@link #isPlottable} is false for them
	 */
	public int skippedPoints(int seriesIndex) {
		Series s = series.get(seriesIndex);
		int skipped = 0;
		for (int i = 0; i < s.size(); i++) {
			if (!isPlottable(s.x(i), s.y(i))) {
				skipped++;
			}
		}
		return skipped;
	}

	/**
	 * @return the number of points of all series that are not drawn (see {@link #skippedPoints(int)})
	 */
	public int skippedPoints() {
		int total = 0;
		for (int i = 0; i < series.size(); i++) {
			total += skippedPoints(i);
		}
		return total;
	}

	@Override
	public String toString() {
		return "Chart[" + title + ", " + series.size() + " series]";
	}

	/**
	 * Collects the parts of a {@link Chart}. Not thread-safe; {@link #build()} may be called repeatedly.
	 */
	public static final class Builder {

		private String title = "";
		private String subtitle = "";
		private Axis xAxis = Axis.linear("", "");
		private Axis yAxis = Axis.linear("", "");
		private LegendPosition legend = LegendPosition.AUTO;
		private Palette palette = Palette.okabeIto();
		private final List<Series> series = new ArrayList<>();
		private final List<ReferenceLine> referenceLines = new ArrayList<>();
		private final List<Annotation> annotations = new ArrayList<>();

		private Builder() {
		}

		/**
		 * @param text the title, empty for none
		 * @return this builder
		 */
		public Builder title(String text) {
			title = Objects.requireNonNull(text, "title");
			return this;
		}

		/**
		 * @param text the subtitle, empty for none
		 * @return this builder
		 */
		public Builder subtitle(String text) {
			subtitle = Objects.requireNonNull(text, "subtitle");
			return this;
		}

		/**
		 * @param axis the horizontal axis
		 * @return this builder
		 */
		public Builder xAxis(Axis axis) {
			xAxis = Objects.requireNonNull(axis, "xAxis");
			return this;
		}

		/**
		 * @param axis the vertical axis
		 * @return this builder
		 */
		public Builder yAxis(Axis axis) {
			yAxis = Objects.requireNonNull(axis, "yAxis");
			return this;
		}

		/**
		 * @param position where the legend goes
		 * @return this builder
		 */
		public Builder legend(LegendPosition position) {
			legend = Objects.requireNonNull(position, "legend");
			return this;
		}

		/**
		 * @param colours the palette for series without an explicit colour
		 * @return this builder
		 */
		public Builder palette(Palette colours) {
			palette = Objects.requireNonNull(colours, "palette");
			return this;
		}

		/**
		 * @param added series appended in order
		 * @return this builder
		 */
		public Builder series(Series... added) {
			return series(List.of(added));
		}

		/**
		 * @param added series appended in order
		 * @return this builder
		 */
		public Builder series(Collection<Series> added) {
			added.forEach(s -> series.add(Objects.requireNonNull(s, "series")));
			return this;
		}

		/**
		 * @param line a reference line to draw
		 * @return this builder
		 */
		public Builder referenceLine(ReferenceLine line) {
			referenceLines.add(Objects.requireNonNull(line, "referenceLine"));
			return this;
		}

		/**
		 * @param annotation a text at a data point
		 * @return this builder
		 */
		public Builder annotation(Annotation annotation) {
			annotations.add(Objects.requireNonNull(annotation, "annotation"));
			return this;
		}

		/**
		 * @param text the text
		 * @param x abscissa of the point
		 * @param y ordinate of the point
		 * @return this builder
		 */
		public Builder annotate(String text, double x, double y) {
			return annotation(new Annotation(text, x, y));
		}

		/**
		 * @return the chart
		 */
		public Chart build() {
			return new Chart(this);
		}
	}
}
