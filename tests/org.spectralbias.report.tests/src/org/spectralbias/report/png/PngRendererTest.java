package org.spectralbias.report.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectralbias.report.ExampleCharts;
import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.Palette;
import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.chart.Series;

class PngRendererTest {

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void decodesAtTheRequestedSizeTimesScale() throws IOException {
		byte[] png = PngRenderer.render(ExampleCharts.residualProjections(), 640, 420, 2);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertEquals(1280, image.getWidth());
		assertEquals(840, image.getHeight());
		Palette palette = Palette.okabeIto();
		for (int k = 0; k < 3; k++) {
			assertTrue(count(image, palette.colour(k)) > 200, "too few pixels of series colour " + k);
		}
		assertEquals(0xffffff, image.getRGB(1, 1) & 0xffffff, "white background");
	}

	@Test
	void seriesColourAppearsInsideThePlot() throws IOException {
		Rgb colour = Rgb.of(0xD55E00);
		Chart chart = Chart.builder().xAxis(Axis.linear("x", "")).yAxis(Axis.log("y", ""))
				.series(Series.line("s", new double[] { 0, 1 }, new double[] { 1e-3, 1 }).withColour(colour)
						.withLineWidth(3))
				.build();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngRenderer.render(chart, 300, 200, 1)));
		assertEquals(300, image.getWidth());
		assertEquals(200, image.getHeight());
		assertTrue(count(image, colour) > 100);
		Chart empty = Chart.builder().xAxis(chart.xAxis()).yAxis(chart.yAxis()).build();
		assertEquals(0, count(PngRenderer.renderImage(empty, 300, 200, 1), colour));
	}

	@Test
	void writeCreatesADecodableFile(@TempDir Path folder) throws IOException {
		Path target = folder.resolve("fig.png");
		PngRenderer.write(ExampleCharts.residualProjections(), 320, 240, 1.5, target);
		BufferedImage image = ImageIO.read(target.toFile());
		assertEquals(480, image.getWidth());
		assertEquals(360, image.getHeight());
	}

	@Test
	void badScaleIsRejected() {
		assertThrows(IllegalArgumentException.class,
				() -> PngRenderer.render(ExampleCharts.residualProjections(), 640, 420, 0));
	}

	private static int count(BufferedImage image, Rgb colour) {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		int n = 0;
		for (int pixel : pixels) {
			if ((pixel & 0xffffff) == colour.value()) {
				n++;
			}
		}
		return n;
	}
}
