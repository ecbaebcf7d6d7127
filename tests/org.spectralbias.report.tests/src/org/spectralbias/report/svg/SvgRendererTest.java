package org.spectralbias.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectralbias.report.ExampleCharts;
import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.ReferenceLine;
import org.spectralbias.report.chart.Series;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgRendererTest {

	private static final String SVG = "http://www.w3.org/2000/svg";

	@Test
	void exampleIsWellFormedSvgWithTitleLegendAndOnePolylinePerSeries() throws Exception {
		Chart chart = ExampleCharts.residualProjections();
		Document doc = parse(SvgRenderer.render(chart, 640, 420));
		Element root = doc.getDocumentElement();
		assertEquals("svg", root.getLocalName());
		assertEquals(SVG, root.getNamespaceURI());
		assertEquals("640", root.getAttribute("width"));
		assertEquals("420", root.getAttribute("height"));
		assertEquals("sans-serif", root.getAttribute("font-family"));
		assertTrue(texts(groups(doc, "title").get(0)).contains(chart.title()));
		List<String> legend = texts(groups(doc, "legend").get(0));
		for (Series s : chart.series()) {
			assertTrue(legend.contains(s.name()), s.name() + " missing from the legend " + legend);
		}
		List<Element> series = groups(doc, "series");
		assertEquals(chart.series().size(), series.size());
		for (Element group : series) {
			assertTrue(group.getElementsByTagNameNS(SVG, "polyline").getLength() >= 1);
		}
		assertEquals(1, doc.getElementsByTagNameNS(SVG, "clipPath").getLength());
		List<String> axisTexts = texts(groups(doc, "axes").get(0));
		assertTrue(axisTexts.containsAll(List.of("iteration t", "|v_kᵀ r_t|", "10⁻³", "20000")), axisTexts.toString());
	}

	@Test
	void dashedSeriesCarryADashArray() throws Exception {
		Document doc = parse(SvgRenderer.render(ExampleCharts.residualProjections(), 640, 420));
		List<Element> series = groups(doc, "series");
		Element measured = (Element) series.get(0).getElementsByTagNameNS(SVG, "polyline").item(0);
		Element predicted = (Element) series.get(1).getElementsByTagNameNS(SVG, "polyline").item(0);
		assertFalse(measured.hasAttribute("stroke-dasharray"));
		assertTrue(predicted.hasAttribute("stroke-dasharray"));
		assertEquals(measured.getAttribute("stroke"), predicted.getAttribute("stroke"));
	}

	@Test
	void specialCharactersAreEscaped() throws Exception {
		String title = "a < b & c > \"d\" 'e'";
		String name = "k<4 & μ_k>0\u0001";
		Chart chart = Chart.builder().title(title).xAxis(Axis.linear("x & y", "<unit>"))
				.series(Series.line(name, new double[] { 0, 1 }, new double[] { 0, 1 }))
				.referenceLine(ReferenceLine.diagonal().withLabel("y = x & more")).annotate("<outlier>", 0.5, 0.5)
				.build();
		String svg = SvgRenderer.render(chart, 400, 300);
		assertTrue(svg.contains("a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;"));
		Document doc = parse(svg);
		List<String> all = texts(doc.getDocumentElement());
		assertTrue(all.contains(title));
		assertTrue(all.contains("k<4 & μ_k>0\uFFFD"), all.toString());
		assertTrue(all.contains("x & y (<unit>)"));
		assertTrue(all.contains("<outlier>"));
		assertTrue(all.contains("y = x & more"));
	}

	@Test
	void outputIsDeterministic() {
		String first = SvgRenderer.render(ExampleCharts.residualProjections(), 640, 420);
		String second = SvgRenderer.render(ExampleCharts.residualProjections(), 640, 420);
		assertEquals(first, second);
		assertTrue(first.length() > 10_000);
	}

	@Test
	void numbersHaveAtMostSixSignificantDigits() {
		assertEquals("0", Xml.number(-0.0001));
		assertEquals("12.5", Xml.number(12.5));
		assertEquals("-0.125", Xml.number(-0.125));
		assertEquals("123.457", Xml.number(123.4567));
		assertEquals("123457", Xml.number(123456.7));
		assertEquals("1024", Xml.number(1024.0000001));
	}

	@Test
	void writeCreatesTheFile(@TempDir Path folder) throws IOException {
		Path target = folder.resolve("fig.svg");
		SvgRenderer.write(ExampleCharts.residualProjections(), 640, 420, target);
		assertEquals(SvgRenderer.render(ExampleCharts.residualProjections(), 640, 420),
				Files.readString(target, StandardCharsets.UTF_8));
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> groups(Document doc, String kind) {
		List<Element> result = new ArrayList<>();
		NodeList all = doc.getElementsByTagNameNS(SVG, "g");
		for (int i = 0; i < all.getLength(); i++) {
			Element g = (Element) all.item(i);
			if (kind.equals(g.getAttribute("class"))) {
				result.add(g);
			}
		}
		return result;
	}

	private static List<String> texts(Element scope) {
		List<String> result = new ArrayList<>();
		for (String tag : new String[] { "text", "title" }) {
			NodeList nodes = scope.getElementsByTagNameNS(SVG, tag);
			for (int i = 0; i < nodes.getLength(); i++) {
				result.add(nodes.item(i).getTextContent());
			}
		}
		return result;
	}
}
