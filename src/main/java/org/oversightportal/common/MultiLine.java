package org.oversightportal.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a form object that is a text area, where line breaks belong. Every other text
 * field is one line (an input), and {@link SingleLine#check} refuses a line break in it: the same form
 * objects are bound from the web forms and from the API's JSON, so this one mark serves both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MultiLine {
}
