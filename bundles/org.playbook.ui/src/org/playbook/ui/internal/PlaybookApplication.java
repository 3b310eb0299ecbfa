package org.playbook.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.playbook.workspace.InstanceFolder;
import org.playbook.workspace.SampleAgency;

/**
 * Starts the Playbook workbench on the workspace folder given with -data. Problems that
 * stop it from starting (no display, a workspace folder that cannot be written or is in
 * use) are said in one line on the console, with a non-zero exit code, instead of a dialog
 * nobody can see.
 */
public class PlaybookApplication implements IApplication {
	static final Integer EXIT_NO_WORKSPACE = 2, EXIT_NO_DISPLAY = 3;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Path workspace = InstanceFolder.get();
		if (workspace == null) {
			return fail(EXIT_NO_WORKSPACE, "no workspace folder; start Playbook with -data <folder>");
		}
		try {
			Files.createDirectories(workspace);
		} catch (IOException e) {
			// reported just below
		}
		if (!Files.isDirectory(workspace) || !Files.isWritable(workspace)) {
			return fail(EXIT_NO_WORKSPACE, "the workspace folder " + workspace + " cannot be created or written; choose another with -data <folder>");
		}
		Location location = Platform.getInstanceLocation();
		if (!location.lock()) {
			return fail(EXIT_NO_WORKSPACE, "the workspace folder " + workspace + " is in use by another Playbook; close it or choose another with -data <folder>");
		}
		try {
			SampleAgency.installIfEmpty(workspace);
		} catch (IOException e) {
			return fail(EXIT_NO_WORKSPACE, "the sample agency could not be copied into " + workspace + ": " + e.getMessage());
		}
		Display display;
		try {
			display = PlatformUI.createDisplay();
		} catch (SWTError e) {
			return fail(EXIT_NO_DISPLAY, "no display to open the workbench on (" + e.getMessage() + "); run it on a desktop or under xvfb-run");
		}
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new PlaybookWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
			location.release();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				PlatformUI.getWorkbench().close();
			}
		});
	}

	private static Integer fail(Integer code, String message) {
		System.err.println("playbook: " + message);
		return code;
	}
}
