package org.playbook.editor;

import org.eclipse.osgi.util.NLS;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.PartInitException;
import org.playbook.audit.AuditReport;
import org.playbook.audit.Finding;
import org.playbook.audit.Section;

/**
 * The Overview's health summary: the score, what each finding costs and where, with a link
 * to the page that fixes it and one to the practice that explains it. It follows every edit.
 */
final class HealthSection {
	private static final Map<Section, String> PAGES = Map.ofEntries(Map.entry(Section.PURPOSE, "overview"),
			Map.entry(Section.SITUATION, "situation"), Map.entry(Section.AUDIENCE, "audience"), Map.entry(Section.GOALS, "goals"),
			Map.entry(Section.TACTICS, "tactics"), Map.entry(Section.CONTENT, "content"), Map.entry(Section.LISTENING, "listening"),
			Map.entry(Section.GOVERNANCE, "listening"), Map.entry(Section.CRISIS, "crisis"), Map.entry(Section.MEASUREMENT, "measurements"),
			Map.entry(Section.FILE, "overview"));

	/** How many findings the summary lists. */
	private static final int SHOWN = 12;

	private final StrategyEditor editor;
	private final FormText text;
	private String shown = "";

	HealthSection(StrategyEditor editor, FormToolkit toolkit, Composite parent) {
		this.editor = editor;
		text = toolkit.createFormText(parent, true);
		GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		layout.widthHint = 500;
		text.setLayoutData(layout);
		text.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				follow(String.valueOf(event.getHref()));
			}
		});
	}

	void show(AuditReport report) {
		if (text.isDisposed()) {
			return;
		}
		StringBuilder xml = new StringBuilder("<form><p><b>").append(report.score()).append("/100</b>  ")
				.append(escape(NLS.bind(Messages.HealthSection_errorsWarnings, report.count(org.playbook.audit.Severity.ERROR),
						report.count(org.playbook.audit.Severity.WARNING))))
				.append("</p>");
		// the costliest first; a long tail (a thousand goals without deadline) is counted, not listed
		report.findings().stream().sorted((a, b) -> b.cost() - a.cost()).limit(SHOWN).forEach(finding -> xml.append(item(finding)));
		if (report.findings().size() > SHOWN) {
			xml.append("<p>").append(escape(NLS.bind(Messages.HealthSection_moreFindings, report.findings().size() - SHOWN))).append("</p>");
		}
		if (report.findings().isEmpty()) {
			xml.append("<p>").append(escape(Messages.HealthSection_nothingToWarnAbout)).append("</p>");
		}
		xml.append("</form>");
		shown = xml.toString();
		text.setText(shown, true, false);
		// the summary grows and shrinks with its findings: the whole form is laid out again, not just its section
		for (org.eclipse.swt.widgets.Composite parent = text.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof org.eclipse.ui.forms.widgets.ScrolledForm form) {
				form.reflow(true);
				return;
			}
		}
		text.getParent().layout(true, true);
	}

	private static String item(Finding finding) {
		StringBuilder item = new StringBuilder("<li>-").append(finding.cost()).append(' ').append(escape(finding.message()))
				.append(" <a href=\"page:").append(PAGES.get(finding.section())).append("\">").append(escape(finding.section().label())).append("</a>");
		if (!finding.practiceIds().isEmpty()) {
			item.append(" <a href=\"practice:").append(escape(finding.practiceIds().get(0))).append("\">").append(escape(Messages.HealthSection_why)).append("</a>");
		}
		return item.append("</li>").toString();
	}

	private void follow(String href) {
		if (href.startsWith("page:")) {
			editor.setActivePage(href.substring("page:".length()));
		} else if (href.startsWith("practice:")) {
			try {
				org.playbook.library.ui.PracticeDisplay.show(editor.getSite().getPage(), href.substring("practice:".length()));
			} catch (PartInitException e) {
				org.eclipse.jface.dialogs.ErrorDialog.openError(editor.getSite().getShell(), "Cannot open the practice", null, e.getStatus());
			}
		}
	}

	/** Whether the summary is shown whole, not clipped by its section (tests check it after an edit). */
	boolean shownWhole() {
		return text.getSize().y >= text.computeSize(text.getSize().x, SWT.DEFAULT).y;
	}

	String shownMarkup() {
		return shown;
	}

	private static String escape(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
