package org.playbook.library.learning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntFunction;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.playbook.model.Polarity;
import org.playbook.model.PracticeCategory;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;

/**
 * The library's learned models, logistic regressions (LIBLINEAR) over {@link AdviceFeatures}:
 * whether a candidate is advice a strategist would keep, its category and its polarity; and a
 * second reading of the first's likelihood beside the rest of its post ({@link Standing}). The
 * shipped models are trained from labelled posts by
 * {@code releng/org.playbook.benchmarks/run.sh TrainAdviceModels} and live in this bundle's
 * {@code models/} folder with the checksum of the data they were trained on
 * ({@code models/advice.properties}).
 */
public final class AdviceModels {
	static final String FOLDER = "models/";
	static final String ADVICE = "advice.model", CATEGORY = "category.model", POLARITY = "polarity.model", STANDING = "standing.model",
			ABOUT = "advice.properties";

	static {
		Linear.disableDebugOutput();
	}

	private final Model advice, category, polarity, standing;
	private final double threshold;
	private final Properties about;

	AdviceModels(Model advice, Model category, Model polarity, Model standing, double threshold, Properties about) {
		this.advice = advice;
		this.category = category;
		this.polarity = polarity;
		this.standing = standing;
		this.threshold = threshold;
		this.about = about;
	}

	private static final class Shipped {
		static final AdviceModels MODELS = load();
	}

	/** The models shipped with the product, read once. */
	public static AdviceModels shipped() {
		return Shipped.MODELS;
	}

	/** How likely a candidate is advice, above which it is proposed. */
	public double threshold() {
		return threshold;
	}

	/** What the training wrote down: the data's checksum, the figures, the settings. */
	public Properties about() {
		return about;
	}

	/**
	 * How much the post's topic weighs on each candidate's category, beside its own likelihoods
	 * (which weigh 1): a post's advice mostly shares its topic (the majority category of a
	 * labelled post covers 81 % of its labels). Measured by cross-validation (BENCHMARKS.md).
	 */
	static final double POST_TOPIC_WEIGHT = 2.5;

	/**
	 * Judges a post's candidates together: each by the models, then each one's likelihood of
	 * being advice read again beside its post's, its peers' and its neighbours'
	 * ({@link Standing}), and its category likelihoods drawn toward the post's topic, the
	 * categories of its candidates weighted by how likely each is advice.
	 * @param candidates the candidates' features, in the post's order
	 * @param peers each candidate's group of peers in the post ({@link Standing#peers})
	 */
	public List<Judgement> judgePost(List<Feature[]> candidates, int[] peers) {
		List<Judgement> alone = candidates.stream().map(this::judge).toList();
		double[] advised = readAgain(standing, alone.stream().mapToDouble(Judgement::advice).toArray(), peers);
		Map<PracticeCategory, Double> topic = new EnumMap<>(PracticeCategory.class);
		double weight = 0;
		for (Judgement j : alone) {
			j.categories().forEach((category, p) -> topic.merge(category, p * j.advice(), Double::sum));
			weight += j.advice();
		}
		List<Judgement> judged = new ArrayList<>(alone.size());
		for (int i = 0; i < alone.size(); i++) {
			Judgement j = alone.get(i);
			Map<PracticeCategory, Double> categories = new EnumMap<>(PracticeCategory.class);
			for (Map.Entry<PracticeCategory, Double> own : j.categories().entrySet()) {
				double post = weight <= 0 ? own.getValue() : topic.getOrDefault(own.getKey(), 0.0) / weight;
				categories.put(own.getKey(), (own.getValue() + POST_TOPIC_WEIGHT * post) / (1 + POST_TOPIC_WEIGHT));
			}
			judged.add(new Judgement(advised[i], categories, j.polarities()));
		}
		return judged;
	}

	/** The advice likelihoods of a post's candidates read again beside one another by the second reading's model ({@link Standing}). */
	static double[] readAgain(Model standing, double[] likelihoods, int[] peers) {
		List<Feature[]> features = Standing.of(likelihoods, peers);
		int yes = indexOf(standing, 1);
		double[] read = new double[likelihoods.length];
		double[] p = new double[2];
		for (int i = 0; i < read.length; i++) {
			Linear.predictProbability(standing, features.get(i), p);
			read[i] = p[yes];
		}
		return read;
	}

	/** Judges one candidate on its own, without the second reading beside its post. */
	private Judgement judge(Feature[] features) {
		double[] p = new double[2];
		Linear.predictProbability(advice, features, p);
		double yes = p[indexOf(advice, 1)];
		return new Judgement(yes, likelihoods(category, features, PracticeCategory.class, PracticeCategory::get),
				likelihoods(polarity, features, Polarity.class, Polarity::get));
	}

	/** Each label's likelihood by the model, keyed by what the label's number stands for. */
	private static <T extends Enum<T>> Map<T, Double> likelihoods(Model model, Feature[] features, Class<T> type, IntFunction<T> label) {
		double[] p = new double[model.getNrClass()];
		Linear.predictProbability(model, features, p);
		Map<T, Double> likelihoods = new EnumMap<>(type);
		int[] labels = model.getLabels();
		for (int i = 0; i < labels.length; i++) {
			likelihoods.put(label.apply(labels[i]), p[i]);
		}
		return likelihoods;
	}

	static int indexOf(Model model, int label) {
		int[] labels = model.getLabels();
		for (int i = 0; i < labels.length; i++) {
			if (labels[i] == label) {
				return i;
			}
		}
		throw new IllegalStateException("the advice model has no label " + label);
	}

	/** Writes the models into a folder (the bundle's models/ when training for the product). */
	public void save(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (Map.Entry<String, Model> entry : Map.of(ADVICE, advice, CATEGORY, category, POLARITY, polarity, STANDING, standing).entrySet()) {
			try (Writer out = Files.newBufferedWriter(folder.resolve(entry.getKey()), StandardCharsets.UTF_8)) {
				entry.getValue().save(out);
			}
		}
		Properties written = new Properties();
		written.putAll(about);
		written.setProperty("threshold", Double.toString(threshold));
		written.setProperty("layout", Integer.toString(AdviceFeatures.layout()));
		try (Writer out = Files.newBufferedWriter(folder.resolve(ABOUT), StandardCharsets.UTF_8)) {
			written.store(out, "The library's advice models: how they were trained and what cross-validation measured");
		}
	}

	private static AdviceModels load() {
		try {
			Properties about = new Properties();
			try (Reader in = reader(ABOUT)) {
				about.load(in);
			}
			if (Integer.parseInt(about.getProperty("layout", "0")) != AdviceFeatures.layout()) {
				throw new IOException("the advice models were trained on another feature layout (" + about.getProperty("layout")
						+ ", this build reads " + AdviceFeatures.layout() + "): train them again with run.sh TrainAdviceModels");
			}
			return new AdviceModels(model(ADVICE), model(CATEGORY), model(POLARITY), model(STANDING), Double.parseDouble(about.getProperty("threshold")), about);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Model model(String file) throws IOException {
		try (Reader in = reader(file)) {
			return Model.load(in);
		}
	}

	private static Reader reader(String file) throws IOException {
		Bundle own = FrameworkUtil.getBundle(AdviceModels.class);
		URL url = own != null ? own.getEntry(FOLDER + file) : AdviceModels.class.getClassLoader().getResource(FOLDER + file);
		if (url == null) {
			throw new IOException("The library's advice model " + FOLDER + file + " is missing from this installation");
		}
		InputStream in = url.openStream();
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
	}
}
