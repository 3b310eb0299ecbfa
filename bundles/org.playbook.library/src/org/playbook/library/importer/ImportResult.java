package org.playbook.library.importer;

import java.nio.file.Path;
import java.util.List;

import org.playbook.model.Practice;
import org.playbook.model.Source;

/** A post read and the practices proposed from it, not yet part of any library. */
public record ImportResult(Path file, ParsedPost post, Source source, List<Practice> proposals) {
}
