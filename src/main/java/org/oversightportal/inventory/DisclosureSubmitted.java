package org.oversightportal.inventory;

/**
 * A disclosure's revision was submitted and is now the public record (a CDI event, raised in the submission's
 * transaction). Other features act on it without the inventory knowing them: comments opens the default comment
 * period of a first submission, third-party reports point the report a draft was confirmed from at the record.
 *
 * @param disclosure the record, as submitted
 * @param draftId the draft it was submitted from
 * @param first whether this was its first submission
 * @param by the username of the staff member who submitted it
 */
public record DisclosureSubmitted(Disclosure disclosure, long draftId, boolean first, String by) {
}
