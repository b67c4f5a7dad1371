package org.oversightportal.comments;

import org.oversightportal.common.Labelled;

/**
 * Where a comment stands. Nothing is public before a moderator publishes it; rejected and hidden
 * comments are kept, never deleted.
 */
public enum CommentStatus implements Labelled {
    PENDING, PUBLISHED, REJECTED, HIDDEN;

    @Override
    public String messagePrefix() {
        return "comment_status";
    }
}
