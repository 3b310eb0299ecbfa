package org.playbook.library.learning;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.playbook.model.Polarity;
import org.playbook.model.PracticeCategory;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Trains the advice models from labelled candidates and measures them honestly: by groups (a
 * post, or a site), each group judged by models that never saw it, the proposing threshold
 * itself chosen without it.
 */
public final class AdviceTraining {
	/** Inverse regularisation of the three regressions (LIBLINEAR's C), chosen by cross-validation (BENCHMARKS.md). */
	public static final double C_ADVICE = 0.5, C_CATEGORY = 8, C_POLARITY = 2;
	/** The second reading has seven weights and some 900 candidates to learn them from: hardly any regularisation is needed. */
	static final double C_STANDING = 1;
	/** The folds of groups in which the second reading is trained and the threshold chosen, on groups the advice model did not see. */
	private static final int INNER_FOLDS = 4;
	/**
	 * How much of the labelled advice the proposing threshold is chosen to find. The precision
	 * and recall of the cross-validation lie on one frontier (BENCHMARKS.md); the threshold
	 * that maximises F1 proposes more than a strategist wants to review, so it is set where
	 * four fifths are found: cross-validated, 78 % of the proposals are advice, where without
	 * the second reading ({@link Standing}) a threshold set to find 78 % had 75 %.
	 */
	static final double RECALL = 0.80;

	static {
		Linear.disableDebugOutput();
	}

	/**
	 * A labelled candidate.
	 * @param group the post (or site) it comes from: cross-validation keeps a group together
	 * @param advice whether a strategist keeps it; null when only its category and polarity are known
	 * @param category null unless it is advice
	 * @param alone whether it is a candidate as it would read alone (a post of one sentence, {@link AdviceFeatures#alone}):
	 *        trained on, so that a bare list of orders is read as well as an article, never judged in the figures
	 * @param peers its group of peers in its post ({@link Standing#peers}); -1 when it reads alone
	 */
	public record Example(String group, Feature[] features, Boolean advice, PracticeCategory category, Polarity polarity, boolean alone, int peers) {
	}

	private AdviceTraining() {
	}

	/**
	 * The models trained on all the examples; the second reading ({@link Standing}) trained, and
	 * the proposing threshold chosen, on likelihoods the advice model gave to groups it was not
	 * trained on (cross-validation over the examples' groups).
	 */
	public static AdviceModels train(List<Example> examples, Properties about) {
		Model advice = fit(examples, e -> e.advice() != null, e -> Boolean.TRUE.equals(e.advice()) ? 1 : 0, C_ADVICE);
		Model category = fit(examples, e -> e.category() != null, e -> e.category().getValue(), C_CATEGORY);
		Model polarity = fit(examples, e -> e.polarity() != null, e -> e.polarity().getValue(), C_POLARITY);
		List<Judged> unseen = judgedUnseen(examples);
		Model standing = fitStanding(unseen);
		return new AdviceModels(advice, category, polarity, standing, threshold(unseen, standing), about);
	}

	/**
	 * Every example of a group that tells advice from the rest judged by models trained without
	 * its group (leave one group out), the threshold chosen inside the other groups; with the
	 * threshold each judgement was made with. A group of examples with only a category and a
	 * polarity is trained on, never judged.
	 */
	public static Map<Example, Verdict> crossValidate(List<Example> examples) {
		Map<Example, Verdict> verdicts = new IdentityHashMap<>();
		for (String held : groups(examples.stream().filter(e -> e.advice() != null).toList())) {
			List<Example> rest = examples.stream().filter(e -> !e.group().equals(held)).toList();
			AdviceModels models = train(rest, new Properties());
			List<Example> post = examples.stream().filter(e -> e.group().equals(held) && !e.alone()).toList();
			List<Judgement> judged = judgePost(models, post);
			for (int i = 0; i < post.size(); i++) {
				verdicts.put(post.get(i), new Verdict(judged.get(i), models.threshold()));
			}
		}
		return verdicts;
	}

	/** One post's examples, in the post's order, judged together by the models (each beside its peers). */
	public static List<Judgement> judgePost(AdviceModels models, List<Example> post) {
		return models.judgePost(post.stream().map(Example::features).toList(), peers(post));
	}

	/** A judgement and the threshold it is held against. */
	public record Verdict(Judgement judgement, double threshold) {
		public boolean proposed() {
			return judgement.advice() >= threshold;
		}
	}

	/** One group's examples that tell advice from the rest, in their post's order, with the likelihoods the advice model gave them without their group. */
	private record Judged(List<Example> examples, double[] likelihoods, int[] peers) {
	}

	/** Each group's examples judged by an advice model trained on the other groups' ({@link #INNER_FOLDS} folds of groups). */
	private static List<Judged> judgedUnseen(List<Example> examples) {
		List<String> groups = new ArrayList<>(groups(examples));
		Map<String, List<Example>> judgeable = examples.stream().filter(e -> e.advice() != null && !e.alone())
				.collect(Collectors.groupingBy(Example::group, LinkedHashMap::new, Collectors.toList()));
		List<Judged> judged = new ArrayList<>();
		for (int fold = 0; fold < INNER_FOLDS; fold++) {
			int f = fold;
			Set<String> held = new LinkedHashSet<>();
			for (int g = 0; g < groups.size(); g++) {
				if (g % INNER_FOLDS == f) {
					held.add(groups.get(g));
				}
			}
			List<Example> rest = examples.stream().filter(e -> !held.contains(e.group())).toList();
			Model advice = fit(rest, e -> e.advice() != null, e -> Boolean.TRUE.equals(e.advice()) ? 1 : 0, C_ADVICE);
			int yes = AdviceModels.indexOf(advice, 1);
			for (String group : held) {
				List<Example> post = judgeable.get(group);
				if (post == null) {
					continue; // a group with only a category and a polarity (a seed post's curated quotes)
				}
				double[] likelihoods = new double[post.size()];
				double[] p = new double[2];
				for (int i = 0; i < likelihoods.length; i++) {
					Linear.predictProbability(advice, post.get(i).features(), p);
					likelihoods[i] = p[yes];
				}
				judged.add(new Judged(post, likelihoods, peers(post)));
			}
		}
		return judged;
	}

	/** The second reading, trained on how the advice model's likelihoods of unseen posts stood among their posts'. */
	private static Model fitStanding(List<Judged> unseen) {
		List<Feature[]> rows = new ArrayList<>();
		List<Double> labels = new ArrayList<>();
		for (Judged post : unseen) {
			rows.addAll(Standing.of(post.likelihoods(), post.peers()));
			post.examples().forEach(e -> labels.add(e.advice() ? 1.0 : 0.0));
		}
		return regression(rows.toArray(Feature[][]::new), labels.stream().mapToDouble(Double::doubleValue).toArray(), Standing.COUNT, C_STANDING);
	}

	/** The threshold at which the unseen groups, read again by the second reading, have {@link #RECALL} of their advice proposed. */
	private static double threshold(List<Judged> unseen, Model standing) {
		List<double[]> scored = new ArrayList<>(); // likelihood, 1 if advice
		for (Judged post : unseen) {
			double[] read = AdviceModels.readAgain(standing, post.likelihoods(), post.peers());
			for (int i = 0; i < read.length; i++) {
				scored.add(new double[] { read[i], post.examples().get(i).advice() ? 1 : 0 });
			}
		}
		// the highest threshold that still proposes RECALL of the advice: the review is quicker
		// for every proposal not worth keeping, and misses cost more than a click
		double total = scored.stream().filter(s -> s[1] == 1).count();
		for (int percent = 80; percent >= 20; percent--) {
			double t = percent / 100.0;
			long found = scored.stream().filter(s -> s[1] == 1 && s[0] >= t).count();
			if (found >= RECALL * total) {
				return t;
			}
		}
		return 0.2;
	}

	private static int[] peers(List<Example> post) {
		return post.stream().mapToInt(Example::peers).toArray();
	}

	private static Set<String> groups(List<Example> examples) {
		Set<String> groups = new LinkedHashSet<>();
		examples.forEach(e -> groups.add(e.group()));
		return groups;
	}

	private static Model fit(List<Example> examples, Predicate<Example> usable, java.util.function.ToIntFunction<Example> label, double c) {
		List<Example> used = examples.stream().filter(usable).toList();
		return regression(used.stream().map(Example::features).toArray(Feature[][]::new), used.stream().mapToDouble(label::applyAsInt).toArray(),
				AdviceFeatures.count(), c);
	}

	/** A logistic regression of labels on rows of features numbered up to n, the intercept one of them. */
	private static Model regression(Feature[][] rows, double[] labels, int n, double c) {
		Problem problem = new Problem();
		problem.l = rows.length;
		problem.n = n;
		problem.bias = -1; // the intercept is a feature of its own
		problem.x = rows;
		problem.y = labels;
		return Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 0.01));
	}
}
