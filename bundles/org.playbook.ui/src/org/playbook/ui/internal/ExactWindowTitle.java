package org.playbook.ui.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/**
 * Gives a workbench window the title it was given. SWT on GTK pads every title it sends to
 * the window manager with at least one space (a workaround for window managers of 2005 that
 * drew garbage after short titles), so the task bar and window lists read "Playbook ". This
 * sends the shell's own text again, unpadded, through the same GTK call. Anywhere else, or
 * if a later SWT changes its internals, it does nothing and the padded title stays.
 */
final class ExactWindowTitle {
	private static boolean failed;

	private ExactWindowTitle() {
	}

	static void apply(Shell shell) {
		if (failed || shell.isDisposed() || !"gtk".equals(SWT.getPlatform())) {
			return;
		}
		try {
			Field handle = Shell.class.getDeclaredField("shellHandle");
			handle.setAccessible(true);
			Class<?> gtk = Class.forName("org.eclipse.swt.internal.gtk.GTK", true, Shell.class.getClassLoader());
			Method setTitle = gtk.getMethod("gtk_window_set_title", long.class, byte[].class);
			byte[] utf8 = shell.getText().getBytes(StandardCharsets.UTF_8);
			setTitle.invoke(null, handle.getLong(shell), Arrays.copyOf(utf8, utf8.length + 1));
		} catch (ReflectiveOperationException | RuntimeException e) {
			failed = true;
			ILog.of(ExactWindowTitle.class).info("The window title keeps SWT's padding: " + e);
		}
	}
}
