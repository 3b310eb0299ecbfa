package org.playbook.help;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.help.IHelpContentProducer;
import org.playbook.audit.AuditRule;
import org.playbook.audit.AuditRules;
import org.playbook.cli.PlaybookCli;
import org.playbook.library.Library;
import org.playbook.model.Practice;
import org.playbook.workspace.InstanceFolder;

/**
 * The user guide's topics that are made from the product itself, at the moment they are
 * read, so they are always true: every audit rule with the practice it cites (its title,
 * summary and quote, from the workspace's library), and every command's own --help.
 */
public class GeneratedTopics implements IHelpContentProducer {
	static final String RULES = "generated/rules.html";
	static final String COMMANDS = "generated/commands.html";

	@Override
	public InputStream getInputStream(String pluginID, String href, Locale locale) {
		String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
		String html = switch (path) {
		case RULES -> rules();
		case COMMANDS -> commands();
		default -> null;
		};
		return html == null ? null : new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8));
	}

	static String rules() {
		Library library = Library.load(InstanceFolder.get());
		StringBuilder html = page("Every rule and the practice it cites",
				"<p>What the audit checks, rule by rule, and the practice of the library each finding cites, with the words of its post.</p>");
		for (AuditRules.ContributedRule contributed : AuditRules.all()) {
			AuditRule rule = contributed.rule();
			html.append("<h2 id=\"").append(escape(rule.id())).append("\">").append(escape(rule.title())).append("</h2>\n<p><code>")
					.append(escape(rule.id())).append("</code>").append("org.playbook.audit".equals(contributed.contributor()) ? ""
							: " (from " + escape(contributed.contributor()) + ")").append("</p>\n");
			for (String id : rule.practiceIds()) {
				Practice practice = library.find(id);
				if (practice == null) {
					html.append("<p>Cites <code>").append(escape(id)).append("</code>, which this workspace's library does not hold.</p>\n");
					continue;
				}
				html.append("<p><b>").append(escape(practice.getTitle())).append("</b>");
				if (practice.getSummary() != null) {
					html.append(": ").append(escape(practice.getSummary()));
				}
				html.append("</p>\n");
				practice.getSourceRefs().stream().filter(ref -> ref.getQuote() != null).limit(1)
						.forEach(ref -> html.append("<blockquote>\u201c").append(escape(ref.getQuote())).append("\u201d</blockquote>\n"));
			}
		}
		return html.append("</body></html>").toString();
	}

	static String commands() {
		StringBuilder html = page("The command line",
				"<p>The same launcher runs Playbook's commands without a window: <code>./playbook COMMAND [ARGS]</code>. Below is what each command's <code>--help</code> says.</p>");
		String overview = help(List.of("--help"));
		html.append("<pre>").append(escape(overview)).append("</pre>\n");
		for (String command : PlaybookCli.commandNames()) {
			html.append("<h2 id=\"").append(command).append("\">").append(command).append("</h2>\n<pre>")
					.append(escape(help(List.of(command, "--help")))).append("</pre>\n");
		}
		return html.append("</body></html>").toString();
	}

	private static String help(List<String> args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		PlaybookCli.run(args, null, print, print);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static StringBuilder page(String title, String intro) {
		return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>").append(escape(title))
				.append("</title><style>body{font-family:sans-serif;max-width:52em;margin:1em 2em;line-height:1.45}"
						+ "blockquote{color:#444;margin:.3em 0 .8em 1.5em}pre{background:#f6f6f6;padding:.6em}</style></head><body><h1>")
				.append(escape(title)).append("</h1>\n").append(intro).append('\n');
	}

	private static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
