package org.playbook.library.solr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.ResourceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.playbook.library.corpus.Corpus;
import org.playbook.library.index.Fields;
import org.playbook.library.index.LibraryAnalyzer;
import org.playbook.library.solr.SolrConfigset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The generated configset describes the embedded index: every field of {@link Fields} with
 * its kind, and analysis chains that, rebuilt from the schema's own factory names, arguments
 * and the configset's word lists (as Solr would), turn the seed posts' text into exactly the
 * tokens the embedded analyzers make, for indexing and for queries. A chain with one step
 * left out is told apart, so the comparison can fail.
 */
public class ConfigsetMatchesIndexTest {
	private static final Map<String, byte[]> FILES = SolrConfigset.files();
	private static Document schema;
	private static List<String> texts;

	@BeforeAll
	static void read() throws Exception {
		// Lucene finds factories by name through ServiceLoader; in OSGi it must be told which bundle holds them
		ClassLoader analysis = LowerCaseFilterFactory.class.getClassLoader();
		TokenizerFactory.reloadTokenizers(analysis);
		TokenFilterFactory.reloadTokenFilters(analysis);
		schema = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(FILES.get(SolrConfigset.SCHEMA)));
		texts = new ArrayList<>(List.of("ROI: return on investment", "Customer profile, persona's KPIs", "Café naïve résumé",
				"How should we measure analytics?", "the intern's crisis-emergency plan", "Don't sell; listen more than you talk!"));
		for (String post : List.of("000_aed9b37b8e09812b.txt", "001_909263dbedb403aa.txt", "002_1209cb541be1101b.txt", "003_c8ebcab29a032197.txt",
				"004_c2e87d36b05b1223.txt")) {
			try (InputStream in = Corpus.entry("posts/" + post).openStream()) {
				texts.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n")));
			}
		}
	}

	@Test
	public void everyFieldIsInTheSchemaAsItsKindSays() {
		Map<String, Element> fields = new HashMap<>();
		NodeList nodes = schema.getElementsByTagName("field");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element field = (Element) nodes.item(i);
			fields.put(field.getAttribute("name"), field);
		}
		for (Fields field : Fields.values()) {
			Element solr = fields.get(field.fieldName());
			assertNotNull(solr, field + " is in the schema");
			String expected = field == Fields.ID ? "string" : switch (field.kind()) {
				case TEXT -> "playbook_text";
				case KEYWORD -> "playbook_keyword";
				case STORED -> "string";
				case VECTOR -> "playbook_vector";
			};
			assertEquals(expected, solr.getAttribute("type"), field + "'s type");
			assertEquals(String.valueOf(field.kind() != Fields.Kind.STORED), solr.getAttribute("indexed"), field + " is searched");
		}
		for (String dimension : Fields.FACET_DIMENSIONS) {
			assertEquals("true", fields.get(SolrConfigset.facetField(dimension)).getAttribute("docValues"), dimension + " is counted");
		}
		assertEquals(Fields.ID.fieldName(), schema.getElementsByTagName("uniqueKey").item(0).getTextContent());
		assertNotNull(fields.get(Fields.GROUP), "results are diversified by the group");
	}

	@Test
	public void theVectorFieldHoldsTheEmbeddedIndexsVectors() {
		NodeList types = schema.getElementsByTagName("fieldType");
		Element vector = null;
		for (int i = 0; i < types.getLength(); i++) {
			Element type = (Element) types.item(i);
			if ("playbook_vector".equals(type.getAttribute("name"))) {
				vector = type;
			}
		}
		assertNotNull(vector, "the schema has the vector type");
		assertEquals("solr.DenseVectorField", vector.getAttribute("class"));
		assertEquals(String.valueOf(org.playbook.library.embedding.SentenceEmbeddings.DIMENSION), vector.getAttribute("vectorDimension"),
				"as many dimensions as the sentence model gives");
		// the vectors are unit length: the embedded index ranks neighbours by dot product too
		assertEquals("dot_product", vector.getAttribute("similarityFunction"));
		assertEquals(org.apache.lucene.index.VectorSimilarityFunction.DOT_PRODUCT, org.playbook.library.index.LibraryDocuments.SIMILARITY);
		assertEquals(String.valueOf(org.playbook.library.index.LibraryDocuments.GRAPH_CONNECTIONS), vector.getAttribute("hnswMaxConnections"),
				"the graph is built as the embedded index builds it");
		assertEquals(String.valueOf(org.playbook.library.index.LibraryDocuments.GRAPH_BEAM), vector.getAttribute("hnswBeamWidth"));
	}

	@Test
	public void theSchemaAnalysesTextAsTheEmbeddedIndexDoes() throws Exception {
		int tokens = 0;
		tokens += compare(LibraryAnalyzer.build(LibraryAnalyzer.textChain(false)), fromSchema("playbook_text", "index", null));
		tokens += compare(LibraryAnalyzer.build(LibraryAnalyzer.textChain(true)), fromSchema("playbook_text", "query", null));
		tokens += compare(LibraryAnalyzer.build(LibraryAnalyzer.keywordChain()), fromSchema("playbook_keyword", null, null));
		tokens += compare(LibraryAnalyzer.forSuggestions(), fromSchema("playbook_suggest", null, null));
		assertTrue(tokens > 5_000, "the seed posts' text was analysed: " + tokens + " tokens");
	}

	@Test
	public void aStepLeftOutOfTheSchemaIsToldApart() throws Exception {
		Analyzer embedded = LibraryAnalyzer.build(LibraryAnalyzer.textChain(true));
		for (String left : List.of("synonymGraph", "kStem", "stop", "asciiFolding")) {
			assertNotEquals(analyse(embedded), analyse(fromSchema("playbook_text", "query", left)), "the query chain without " + left);
		}
	}

	private static int compare(Analyzer embedded, Analyzer solr) {
		List<String> expected = analyse(embedded);
		assertEquals(expected, analyse(solr));
		assertEquals(embedded.getPositionIncrementGap("text"), solr.getPositionIncrementGap("text"), "the gap between a field's values");
		return expected.size();
	}

	/** Every token of every text: its term, position increment and length, and offsets. */
	private static List<String> analyse(Analyzer analyzer) {
		List<String> tokens = new ArrayList<>();
		for (String text : texts) {
			try (TokenStream stream = analyzer.tokenStream("body", text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
				PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
				OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					tokens.add(term + " +" + increment.getPositionIncrement() + " ~" + length.getPositionLength() + " " + offsets.startOffset() + "-"
							+ offsets.endOffset());
				}
				stream.end();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return tokens;
	}

	/** The analyzer a Solr node makes of a field type of the schema: factories by name, word lists from the configset. */
	@SuppressWarnings("unchecked")
	private static Analyzer fromSchema(String fieldType, String analyzerType, String leftOut) throws IOException {
		Element analyzer = analyzer(fieldType, analyzerType);
		String gap = ((Element) analyzer.getParentNode()).getAttribute("positionIncrementGap");
		CustomAnalyzer.Builder builder = CustomAnalyzer.builder(new ResourceLoader() {
			@Override
			public InputStream openResource(String resource) throws IOException {
				byte[] file = FILES.get(resource);
				if (file == null) {
					throw new IOException(resource + " is not in the configset");
				}
				return new ByteArrayInputStream(file);
			}

			@Override
			public <T> Class<? extends T> findClass(String name, Class<T> expectedType) {
				try {
					return Class.forName(name, true, expectedType.getClassLoader()).asSubclass(expectedType);
				} catch (ClassNotFoundException e) {
					throw new IllegalArgumentException(e);
				}
			}
		});
		Element tokenizer = (Element) analyzer.getElementsByTagName("tokenizer").item(0);
		builder.withTokenizer(TokenizerFactory.lookupClass(tokenizer.getAttribute("name")), arguments(tokenizer));
		builder.withPositionIncrementGap(gap.isEmpty() ? 0 : Integer.parseInt(gap)); // Solr's default is 0 too
		NodeList filters = analyzer.getElementsByTagName("filter");
		for (int i = 0; i < filters.getLength(); i++) {
			Element filter = (Element) filters.item(i);
			if (!filter.getAttribute("name").equals(leftOut)) {
				builder.addTokenFilter(TokenFilterFactory.lookupClass(filter.getAttribute("name")), arguments(filter));
			}
		}
		return builder.build();
	}

	private static Element analyzer(String fieldType, String analyzerType) {
		NodeList types = schema.getElementsByTagName("fieldType");
		for (int i = 0; i < types.getLength(); i++) {
			Element type = (Element) types.item(i);
			if (type.getAttribute("name").equals(fieldType)) {
				NodeList analyzers = type.getElementsByTagName("analyzer");
				for (int j = 0; j < analyzers.getLength(); j++) {
					Element analyzer = (Element) analyzers.item(j);
					if (analyzerType == null || analyzerType.equals(analyzer.getAttribute("type"))) {
						return analyzer;
					}
				}
			}
		}
		throw new AssertionError("no " + analyzerType + " analyzer of " + fieldType + " in the schema");
	}

	private static Map<String, String> arguments(Element step) {
		Map<String, String> arguments = new HashMap<>();
		NamedNodeMap attributes = step.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			if (!attributes.item(i).getNodeName().equals("name")) {
				arguments.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
			}
		}
		return arguments;
	}
}
