package org.oversightportal.inventory;

import org.oversightportal.common.Labelled;

/** What a technology can do; the capabilities that ordinances single out for scrutiny. */
public enum Capability implements Labelled {
    FACE_RECOGNITION, REAL_TIME, PERSON_TRACKING, AUDIO_CAPTURE, VIDEO_ANALYTICS, SENTIMENT_ANALYSIS, TRANSCRIPTION;

    @Override
    public String messagePrefix() {
        return "capability";
    }
}
