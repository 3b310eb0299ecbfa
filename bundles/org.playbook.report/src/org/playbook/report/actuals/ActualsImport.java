package org.playbook.report.actuals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

import org.playbook.audit.rules.ActualMetrics;
import org.playbook.audit.voice.BrandVoiceCheck;
import org.playbook.audit.voice.VoiceIssue;
import org.playbook.model.Measurement;
import org.playbook.model.Metric;
import org.playbook.model.Network;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;
import org.playbook.model.labels.Labels;

/**
 * Posts become the strategy's Measurements: per network and month, the posts published,
 * how many were promotional, and their impressions, engagements and clicks. Metrics the
 * strategy lacks are created. Importing an export again replaces what its earlier import
 * added (measurements of the same source), so the same posts are never counted twice. The
 * result is a plan (new metrics, new measurements, replaced ones) that the editor carries
 * out as one undoable command and the command line applies and saves.
 */
public record ActualsImport(List<Metric> newMetrics, List<Measurement> measurements, List<Measurement> replaced, List<String> offVoice) {
	/** A post that sells: a sales word, or a discount code. */
	private static final Pattern PROMOTIONAL = Pattern.compile(
			"\\b(buy|shop|sale|discount|\\d+\\s?% off|order now|order today|offer|promo|coupon|code \\w+|free shipping|book now|limited time|deal|pre-?order)\\b",
			Pattern.CASE_INSENSITIVE);

	static boolean isPromotional(PostRow post) {
		return post.text() != null && PROMOTIONAL.matcher(post.text()).find();
	}

	/**
	 * What importing these posts changes in the strategy (nothing is changed yet).
	 * @param source names the export, e.g. "import: posts.csv"; measurements of an earlier import of the same source are replaced
	 */
	public static ActualsImport of(Strategy strategy, List<PostRow> posts, String source) {
		List<Metric> newMetrics = new ArrayList<>();
		Map<String, Metric> metrics = new TreeMap<>();
		for (String name : List.of(ActualMetrics.POSTS, ActualMetrics.PROMOTIONAL_POSTS, ActualMetrics.IMPRESSIONS, ActualMetrics.ENGAGEMENTS,
				ActualMetrics.CLICKS)) {
			Metric metric = strategy.getMetrics().stream().filter(m -> name.equalsIgnoreCase(m.getName())).findFirst().orElse(null);
			if (metric == null) {
				metric = PlaybookFactory.eINSTANCE.createMetric();
				metric.setName(name);
				metric.setUnit(name.equals(ActualMetrics.POSTS) || name.equals(ActualMetrics.PROMOTIONAL_POSTS) ? "posts/month" : "per month");
				metric.setDescription("Imported from social tools' exports: per network and month.");
				newMetrics.add(metric);
			}
			metrics.put(name, metric);
		}
		Map<String, List<PostRow>> groups = new TreeMap<>();
		for (PostRow post : posts) {
			groups.computeIfAbsent(post.network().getName() + "|" + YearMonth.from(post.date()), k -> new ArrayList<>()).add(post);
		}
		List<Measurement> measurements = new ArrayList<>();
		for (List<PostRow> group : groups.values()) {
			Network network = group.get(0).network();
			YearMonth month = YearMonth.from(group.get(0).date());
			measurements.add(measure(metrics.get(ActualMetrics.POSTS), network, month, group.size(), source));
			measurements.add(measure(metrics.get(ActualMetrics.PROMOTIONAL_POSTS), network, month,
					group.stream().filter(ActualsImport::isPromotional).count(), source));
			measurements.add(measure(metrics.get(ActualMetrics.IMPRESSIONS), network, month, sum(group, PostRow::impressions), source));
			measurements.add(measure(metrics.get(ActualMetrics.ENGAGEMENTS), network, month, sum(group, PostRow::engagements), source));
			measurements.add(measure(metrics.get(ActualMetrics.CLICKS), network, month, sum(group, PostRow::clicks), source));
		}
		List<Measurement> replaced = strategy.getMeasurements().stream().filter(m -> source.equals(m.getSource())).toList();
		return new ActualsImport(newMetrics, measurements, replaced, offVoice(strategy, posts));
	}

	/**
	 * Where the published posts left the brand voice guide (a word never to use, the opposite
	 * of its tone): one sentence each, naming the post by its date, network and line. The
	 * posts themselves are not kept, so this is said at import.
	 */
	static List<String> offVoice(Strategy strategy, List<PostRow> posts) {
		BrandVoiceCheck voice = BrandVoiceCheck.of(strategy.getGovernance() == null ? null : strategy.getGovernance().getBrandVoice());
		List<String> found = new ArrayList<>();
		for (PostRow post : voice == null ? List.<PostRow>of() : posts) {
			for (VoiceIssue issue : voice.check(post.text())) {
				found.add(issue.describe("The " + Labels.of(post.network()) + " post of " + post.date() + " (line " + post.line() + ")"));
			}
		}
		return List.copyOf(found);
	}

	/** Carries the import out on the strategy directly (for the command line; the editor uses commands). */
	public void applyTo(Strategy strategy) {
		strategy.getMeasurements().removeAll(replaced);
		strategy.getMetrics().addAll(newMetrics);
		strategy.getMeasurements().addAll(measurements);
	}

	/** "42 posts on 2 networks, as 30 measurements (5 new metrics)" */
	public String summary() {
		long posts = Math.round(measurements.stream().filter(m -> ActualMetrics.POSTS.equals(m.getMetric().getName())).mapToDouble(Measurement::getValue).sum());
		long networks = measurements.stream().map(Measurement::getNetwork).distinct().count();
		return posts + " posts on " + networks + (networks == 1 ? " network" : " networks") + ", as " + measurements.size() + " measurements"
				+ (newMetrics.isEmpty() ? "" : " (" + newMetrics.size() + " new metrics)")
				+ (replaced.isEmpty() ? "" : ", replacing the " + replaced.size() + " of its earlier import");
	}

	private static double sum(List<PostRow> posts, ToDoubleFunction<PostRow> count) {
		return posts.stream().mapToDouble(count).sum();
	}

	private static Measurement measure(Metric metric, Network network, YearMonth month, double value, String source) {
		Measurement measurement = PlaybookFactory.eINSTANCE.createMeasurement();
		measurement.setMetric(metric);
		measurement.setNetwork(network);
		measurement.setPeriodStart(date(month.atDay(1)));
		measurement.setPeriodEnd(date(month.atEndOfMonth()));
		measurement.setValue(value);
		measurement.setSource(source);
		return measurement;
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
