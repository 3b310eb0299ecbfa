package org.playbook.library.tests;

/** Contributed by fragment.xml as a reader although it is none: the registry must reject it. */
public class NotAPostReader {
}
