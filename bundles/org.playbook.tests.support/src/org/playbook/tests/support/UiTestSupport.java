package org.playbook.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * What UI tests need in place of SWTBot (not available from any registry here): waiting on
 * the UI thread while the event loop runs, and screenshots saved as test output.
 */
public final class UiTestSupport {
	private UiTestSupport() {
	}

	/** Runs the event loop until the condition holds; fails after the timeout with the message. */
	public static void waitUntil(BooleanSupplier condition, long timeoutMillis, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	/** Clicks a tree item's check box, as a person would: the viewer hears it and tells its listeners. */
	public static void clickCheckBox(org.eclipse.swt.widgets.TreeItem item) {
		item.setChecked(!item.getChecked());
		clickCheck(item, item.getParent());
	}

	/** Clicks a table item's check box, as a person would. */
	public static void clickCheckBox(org.eclipse.swt.widgets.TableItem item) {
		item.setChecked(!item.getChecked());
		clickCheck(item, item.getParent());
	}

	private static void clickCheck(org.eclipse.swt.widgets.Item item, org.eclipse.swt.widgets.Control parent) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.item = item;
		event.detail = SWT.CHECK;
		parent.notifyListeners(SWT.Selection, event);
	}

	/**
	 * Answers a modal dialog that is about to open (a confirmation, a wizard): once a shell
	 * with this title shows, the answer runs on it (fill fields, press a button). Call it
	 * before the code that opens the dialog, since that code blocks until it closes.
	 */
	public static void whenDialogOpens(String title, java.util.function.Consumer<Shell> answer) {
		whenDialogOpens(title, 20_000, answer);
	}

	/** {@link #whenDialogOpens(String, java.util.function.Consumer)} for a dialog that may take longer to come (a job's question). */
	public static void whenDialogOpens(String title, long timeoutMillis, java.util.function.Consumer<Shell> answer) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (title.equals(shell.getText()) && shell.isVisible()) {
					try {
						answer.accept(shell);
					} catch (RuntimeException | AssertionError e) {
						// a modal dialog left open would block the test until the build's timeout
						shell.close();
						throw e;
					}
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}

	/** Presses the enabled button with this label (e.g. a wizard's "&Next >") somewhere in the shell. */
	public static void pressButton(Shell shell, String label) {
		org.eclipse.swt.widgets.Button button = findButton(shell, label);
		if (button == null) {
			throw new AssertionError("no enabled button '" + label + "' in " + shell.getText());
		}
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** Types into the shell's text fields, in the order they appear (null leaves one as it is). */
	public static void typeInto(Shell shell, String... texts) {
		java.util.List<org.eclipse.swt.widgets.Text> fields = controls(shell, org.eclipse.swt.widgets.Text.class);
		if (fields.size() < texts.length) {
			throw new AssertionError(shell.getText() + " has " + fields.size() + " text fields, not " + texts.length);
		}
		for (int i = 0; i < texts.length; i++) {
			if (texts[i] != null) {
				fields.get(i).setText(texts[i]);
			}
		}
	}

	/** Shows the page with this name in a preference or property dialog, as a click on it in the dialog's tree does. */
	public static void showPage(Shell shell, String page) {
		for (org.eclipse.swt.widgets.Tree tree : controls(shell, org.eclipse.swt.widgets.Tree.class)) {
			for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
				if (page.equals(item.getText())) {
					tree.setSelection(item);
					org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
					event.item = item;
					tree.notifyListeners(SWT.Selection, event);
					return;
				}
			}
		}
		throw new AssertionError("no page '" + page + "' in " + shell.getText());
	}

	/** Types into the text field that follows the label with this text (a field editor's), as a person fills a form by its labels. */
	public static void typeNextTo(Shell shell, String label, String text) {
		java.util.List<org.eclipse.swt.widgets.Control> controls = controls(shell, org.eclipse.swt.widgets.Control.class);
		for (int i = 0; i < controls.size() - 1; i++) {
			if (controls.get(i) instanceof org.eclipse.swt.widgets.Label shown && label.equals(shown.getText())) {
				for (int j = i + 1; j < controls.size(); j++) {
					if (controls.get(j) instanceof org.eclipse.swt.widgets.Text field) {
						field.setText(text);
						// a field editor that checks as one types listens for the key, not the change
						field.notifyListeners(SWT.KeyUp, new org.eclipse.swt.widgets.Event());
						return;
					}
				}
			}
		}
		throw new AssertionError("no text field after the label '" + label + "' in " + shell.getText());
	}

	/** Whether the first button with this label in the shell can be pressed (false when there is none). */
	public static boolean buttonEnabled(Shell shell, String label) {
		return controls(shell, org.eclipse.swt.widgets.Button.class).stream().filter(b -> label.equals(b.getText())).findFirst()
				.map(org.eclipse.swt.widgets.Button::isEnabled).orElse(false);
	}

	private static org.eclipse.swt.widgets.Button findButton(Shell shell, String label) {
		return controls(shell, org.eclipse.swt.widgets.Button.class).stream().filter(b -> label.equals(b.getText()) && b.isEnabled()).findFirst()
				.orElse(null);
	}

	/** The controls of this kind within the parent, in the order a person reads them (depth first). */
	private static <T extends org.eclipse.swt.widgets.Control> java.util.List<T> controls(org.eclipse.swt.widgets.Composite parent, Class<T> kind) {
		java.util.List<T> found = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (kind.isInstance(child)) {
				found.add(kind.cast(child));
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				found.addAll(controls(composite, kind));
			}
		}
		return found;
	}

	/**
	 * Paints what changed and runs the event loop a little longer: GTK draws on its own clock,
	 * so a picture taken at once can show widgets as they were before their last change.
	 */
	public static void settle(Shell shell, long millis) {
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			shell.update();
			flush();
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Lets pending UI work (layouts, async runnables) finish. */
	public static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Saves a PNG of the shell under the test output folder and returns its path. */
	public static Path screenshot(Shell shell, String name) throws Exception {
		settle(shell, 400);
		Rectangle bounds = shell.getBounds();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { capture(shell.getDisplay(), bounds) };
		Path folder = Path.of(System.getProperty("playbook.test.output", "target/test-output"), "screenshots");
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	/** The colour on the screen at a point of the control, as it was last painted. */
	public static org.eclipse.swt.graphics.RGB colourAt(org.eclipse.swt.widgets.Control control, int x, int y) {
		org.eclipse.swt.graphics.Point onScreen = control.toDisplay(x, y);
		ImageData pixel = capture(control.getDisplay(), new Rectangle(onScreen.x, onScreen.y, 1, 1));
		return pixel.palette.getRGB(pixel.getPixel(0, 0));
	}

	/** What the screen shows in the area (display coordinates). */
	private static ImageData capture(Display display, Rectangle area) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
