package org.spectralbias.runs.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectralbias.report.figures.RunFigures;
import org.spectralbias.runs.FixtureAccess;
import org.spectralbias.runs.view.ConvergencePage;
import org.spectralbias.runs.view.MisspecificationPage;
import org.spectralbias.runs.view.Page;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.runs.view.TableBlock;

/** Exported figures are the command line's figures; exported runs are complete copies. */
class ExportTest {

	@Test
	void anExportedChartIsTheFileTheCommandLineWrites(@TempDir Path dir) throws Exception {
		RunModel run = RunModel.load(FixtureAccess.uniform());
		Page page = new ConvergencePage().create(run);
		// the command line's figures (reproduce and run write them with RunFigures)
		RunFigures.write(run.data().orElseThrow(), dir);
		Path svg = dir.resolve("workbench.svg");
		Path png = dir.resolve("workbench.png");
		FigureExport.write(page.block("convergence-train").orElseThrow(), svg);
		FigureExport.write(page.block("convergence-train").orElseThrow(), png);
		assertArrayEquals(Files.readAllBytes(dir.resolve("convergence-train.svg")), Files.readAllBytes(svg));
		assertArrayEquals(Files.readAllBytes(dir.resolve("convergence-train.png")), Files.readAllBytes(png));
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(2 * FigureExport.WIDTH, image.getWidth());
		assertEquals(2 * FigureExport.HEIGHT, image.getHeight());
	}

	@Test
	void heatMapsExportAsSvgAndPng(@TempDir Path dir) throws Exception {
		Page page = new MisspecificationPage().create(RunModel.load(FixtureAccess.anisotropic()));
		List<Path> files = FigureExport.writeAll(page, dir, "m-");
		assertEquals(List.of(dir.resolve("m-leakage.svg"), dir.resolve("m-leakage.png"), dir.resolve("m-rates.svg"),
				dir.resolve("m-rates.png")), files);
		String svg = Files.readString(dir.resolve("m-leakage.svg"));
		assertTrue(svg.startsWith("<?xml") && svg.contains("<title>Leakage of each target degree"), svg.substring(0, 200));
		assertEquals(2 * FigureExport.WIDTH, ImageIO.read(dir.resolve("m-leakage.png").toFile()).getWidth());
		assertThrows(IllegalArgumentException.class, () -> FigureExport.write(page.block("leakage").orElseThrow(),
				dir.resolve("leakage.jpg")));
		IllegalArgumentException table = assertThrows(IllegalArgumentException.class,
				() -> FigureExport.write(page.block("verdicts").orElseThrow(), dir.resolve("v.svg")));
		assertTrue(table.getMessage().contains("is not a figure"));
		FigureExport.writeCsv((TableBlock) page.block("verdicts").orElseThrow(), dir.resolve("v.csv"));
		assertEquals(4, Files.readAllLines(dir.resolve("v.csv")).size(), "header and three degrees");
	}

	@Test
	void anExportedRunIsACompleteCopyWithItsFigures(@TempDir Path dir) throws Exception {
		Path run = FixtureAccess.uniform();
		RunModel model = RunModel.load(run);
		List<Page> pages = List.of(new ConvergencePage().create(model), new MisspecificationPage().create(model));
		Path copy = RunExport.export(run, pages, dir);
		assertEquals(dir.resolve(run.getFileName()), copy);
		try (Stream<Path> original = Files.list(run); Stream<Path> copied = Files.list(copy)) {
			List<String> a = original.map(p -> p.getFileName().toString()).sorted().toList();
			List<String> b = copied.map(p -> p.getFileName().toString()).filter(n -> !n.equals(RunExport.FIGURES))
					.sorted().toList();
			assertEquals(a, b);
		}
		assertArrayEquals(Files.readAllBytes(run.resolve("run.json")), Files.readAllBytes(copy.resolve("run.json")));
		for (String figure : List.of("convergence-convergence-train", "convergence-loss", "misspecification-leakage")) {
			assertTrue(Files.isRegularFile(copy.resolve(RunExport.FIGURES).resolve(figure + ".svg")), figure);
			assertTrue(Files.isRegularFile(copy.resolve(RunExport.FIGURES).resolve(figure + ".png")), figure);
		}
		Path second = RunExport.export(run, pages, dir);
		assertEquals(dir.resolve(run.getFileName() + "-1"), second, "an export never overwrites an earlier one");
	}
}
