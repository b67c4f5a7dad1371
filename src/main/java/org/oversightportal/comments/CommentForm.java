package org.oversightportal.comments;

import org.oversightportal.common.MultiLine;

/** The comment form as typed; {@code website} is the honeypot, {@code started} the signed load time. */
public class CommentForm {
    public String displayName;
    public String email;
    @MultiLine
    public String body;
    public String website;
    public String started;
}
