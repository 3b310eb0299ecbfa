package org.playbook.library.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Apache OpenNLP's English models, read once per process when first needed: sentence
 * detection, tokens and parts of speech (Universal Dependencies, English Web Treebank), and
 * the chunker's phrases with the Penn Treebank tags it reads (the stock 1.5 models, trained on
 * the Wall Street Journal and CoNLL-2000: no Universal Dependencies chunker exists). In the
 * product each model is a bundle of its own; on a plain class path (the benchmarks, the
 * evaluation) the model files are resources.
 */
public final class EnglishModels {
	private static final Model SENTENCES = new Model("org.apache.opennlp.models.sentdetect.en", "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
	private static final Model TOKENS = new Model("org.apache.opennlp.models.tokenizer.en", "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
	private static final Model PARTS_OF_SPEECH = new Model("org.apache.opennlp.models.pos.en", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
	private static final Model PENN_PARTS_OF_SPEECH = new Model("org.apache.opennlp.models.pos.penn.en", "en-pos-maxent.bin");
	private static final Model CHUNKS = new Model("org.apache.opennlp.models.chunker.en", "en-chunker.bin");

	static {
		// OpenNLP logs through SLF4J, which warns on every start that no logger is installed;
		// nothing OpenNLP logs while reading matters to a user
		if (System.getProperty("slf4j.internal.verbosity") == null) {
			System.setProperty("slf4j.internal.verbosity", "ERROR");
		}
	}

	private EnglishModels() {
	}

	/** Where a model file is: a bundle's entry in OSGi, a class path resource otherwise. */
	private record Model(String bundle, String file) {
		InputStream open() throws IOException {
			URL url = null;
			Bundle own = FrameworkUtil.getBundle(EnglishModels.class);
			if (own != null) {
				for (Bundle candidate : own.getBundleContext().getBundles()) {
					if (bundle.equals(candidate.getSymbolicName())) {
						url = candidate.getEntry(file);
					}
				}
			} else {
				url = EnglishModels.class.getClassLoader().getResource(file);
			}
			if (url == null) {
				throw new IOException("OpenNLP's model " + file + " is missing from this installation (bundle " + bundle + ")");
			}
			return url.openStream();
		}
	}

	/** Reading a model takes a tenth of a second; each is read once, by the first thread that needs it. */
	private static final class Loaded {
		static final SentenceModel SENTENCE_MODEL = load(SENTENCES, SentenceModel::new);
		static final TokenizerModel TOKENIZER_MODEL = load(TOKENS, TokenizerModel::new);
		static final POSModel POS_MODEL = load(PARTS_OF_SPEECH, POSModel::new);
	}

	/** Read apart from the others: only a proposal's title needs them. */
	private static final class LoadedPhrases {
		static final POSModel PENN_POS_MODEL = load(PENN_PARTS_OF_SPEECH, POSModel::new);
		static final ChunkerModel CHUNKER_MODEL = load(CHUNKS, ChunkerModel::new);
	}

	public static SentenceModel sentences() {
		return Loaded.SENTENCE_MODEL;
	}

	public static TokenizerModel tokens() {
		return Loaded.TOKENIZER_MODEL;
	}

	public static POSModel partsOfSpeech() {
		return Loaded.POS_MODEL;
	}

	/** Penn Treebank tags, the only ones the chunker reads. */
	public static POSModel pennPartsOfSpeech() {
		return LoadedPhrases.PENN_POS_MODEL;
	}

	public static ChunkerModel chunks() {
		return LoadedPhrases.CHUNKER_MODEL;
	}

	@FunctionalInterface
	private interface Reader<T> {
		T read(InputStream in) throws IOException;
	}

	private static <T> T load(Model model, Reader<T> reader) {
		try (InputStream in = model.open()) {
			return reader.read(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
