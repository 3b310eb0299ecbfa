package org.playbook.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline the library's search is held against: plain BM25 over whole posts, their HTML
 * tags stripped, StandardAnalyzer (no stemming), the five seed posts among them as in the
 * library. A post is named by its file name (a seed post by its id).
 */
final class WholePostBaseline {
	private final IndexSearcher searcher;

	WholePostBaseline(List<Path> posts) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			org.playbook.library.Library seeds = org.playbook.library.Library.load(null);
			for (org.playbook.model.Source seed : seeds.sources().values()) {
				add(writer, seed.getId(), seeds.postText(seed));
			}
			for (Path post : posts) {
				String text = Files.readString(post, StandardCharsets.UTF_8);
				add(writer, post.getFileName().toString(), post.toString().endsWith(".html") ? org.jsoup.Jsoup.parse(text).text() : text);
			}
		}
		searcher = new IndexSearcher(DirectoryReader.open(directory));
	}

	private static void add(IndexWriter writer, String name, String text) throws IOException {
		Document doc = new Document();
		doc.add(new StoredField("name", name));
		doc.add(new TextField("text", text, Field.Store.NO));
		writer.addDocument(doc);
	}

	/** The names of the three posts BM25 ranks first for the question. */
	Set<String> top3(String question) throws Exception {
		Set<String> names = new HashSet<>();
		for (ScoreDoc hit : searcher.search(new QueryParser("text", new StandardAnalyzer()).parse(QueryParser.escape(question)), 3).scoreDocs) {
			names.add(searcher.storedFields().document(hit.doc).get("name"));
		}
		return names;
	}
}
