package org.spectralbias.runs.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spectralbias.core.io.AtomicFiles;
import org.spectralbias.core.io.CsvWriter;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.png.PngRenderer;
import org.spectralbias.report.svg.SvgRenderer;
import org.spectralbias.runs.heatmap.HeatMap;
import org.spectralbias.runs.heatmap.HeatMapLayout;
import org.spectralbias.runs.heatmap.HeatMapPainter;
import org.spectralbias.runs.view.Block;
import org.spectralbias.runs.view.ChartBlock;
import org.spectralbias.runs.view.HeatMapBlock;
import org.spectralbias.runs.view.Page;
import org.spectralbias.runs.view.TableBlock;

/**
 * Writes figures as SVG or PNG with the report bundle's renderers at the command line's figure size
 * ({@value #WIDTH} × {@value #HEIGHT}, PNG at {@value #PNG_SCALE}×), so a figure exported from the workbench is the
 * file {@code ./spectralbias} writes for the same chart. Stateless and thread-safe.
 */
public final class FigureExport {

	/** Figure width in pixels at scale 1 (as the command line's figures). */
	public static final int WIDTH = 720;
	/** Figure height in pixels at scale 1. */
	public static final int HEIGHT = 460;
	/** PNG pixels per layout pixel. */
	public static final double PNG_SCALE = 2.0;

	/** The file formats. */
	public enum Format {
		/** Scalable vector graphics. */
		SVG,
		/** Portable network graphics at {@value FigureExport#PNG_SCALE}×. */
		PNG;

		/** @return the file extension without dot */
		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * @param file a file name
		 * @return the format its extension names
		 * @throws IllegalArgumentException for any other extension
		 */
		public static Format of(Path file) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".svg")) {
				return SVG;
			}
			if (name.endsWith(".png")) {
				return PNG;
			}
			throw new IllegalArgumentException(file + ": a figure is exported as .svg or .png");
		}
	}

	private FigureExport() {
	}

	/**
	 * Writes a chart or heat map block atomically in the format its extension names.
	 *
	 * @param block a {@link ChartBlock} or {@link HeatMapBlock}
	 * @param file  the target (.svg or .png); its folder must exist
	 * @throws IOException when writing fails
	 * @throws IllegalArgumentException for another block or extension
	 */
	public static void write(Block block, Path file) throws IOException {
		if (block instanceof ChartBlock c) {
			writeChart(c.chart(), file);
		} else if (block instanceof HeatMapBlock h) {
			writeHeatMap(h.heatMap(), file);
		} else {
			throw new IllegalArgumentException("block '" + block.id() + "' is not a figure");
		}
	}

	/**
	 * Writes a chart atomically in the format its extension names, as the command line writes its figures.
	 *
	 * @param chart the chart
	 * @param file  the target (.svg or .png); its folder must exist
	 * @throws IOException when writing fails
	 */
	public static void writeChart(Chart chart, Path file) throws IOException {
		if (Format.of(file) == Format.SVG) {
			SvgRenderer.write(chart, WIDTH, HEIGHT, file);
		} else {
			PngRenderer.write(chart, WIDTH, HEIGHT, PNG_SCALE, file);
		}
	}

	/**
	 * Writes a heat map atomically in the format its extension names.
	 *
	 * @param map  the heat map
	 * @param file the target (.svg or .png); its folder must exist
	 * @throws IOException when writing fails
	 */
	public static void writeHeatMap(HeatMap map, Path file) throws IOException {
		if (Format.of(file) == Format.SVG) {
			AtomicFiles.writeString(file, svg(map));
		} else {
			HeatMapLayout layout = HeatMapLayout.of(map, WIDTH, HEIGHT);
			AtomicFiles.write(file, PngRenderer.encode(PngRenderer.renderImage(WIDTH, HEIGHT, PNG_SCALE,
					canvas -> HeatMapPainter.paint(layout, canvas))));
		}
	}

	/** @return the heat map as an SVG document */
	public static String svg(HeatMap map) {
		HeatMapLayout layout = HeatMapLayout.of(map, WIDTH, HEIGHT);
		return SvgRenderer.render(WIDTH, HEIGHT, map.title(), canvas -> HeatMapPainter.paint(layout, canvas));
	}

	/**
	 * Writes a table block as CSV, atomically.
	 *
	 * @param block the table
	 * @param file  the target
	 * @throws IOException when writing fails
	 */
	public static void writeCsv(TableBlock block, Path file) throws IOException {
		CsvWriter.write(block.table(), file);
	}

	/**
	 * Writes every figure of a page as SVG and PNG into a folder, named {@code <prefix><block id>.svg|png}.
	 *
	 * @param page   the page
	 * @param folder an existing folder
	 * @param prefix file name prefix, e.g. {@code convergence-}
	 * @return the files written
	 * @throws IOException when writing fails
	 */
	public static List<Path> writeAll(Page page, Path folder, String prefix) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Block b : page.blocks()) {
			if (b instanceof ChartBlock || b instanceof HeatMapBlock) {
				for (Format f : Format.values()) {
					Path file = folder.resolve(prefix + b.id() + "." + f.extension());
					write(b, file);
					files.add(file);
				}
			}
		}
		return files;
	}
}
