package org.oversightportal.reports;

import org.oversightportal.common.Labelled;

/** Whether the technology captured data about people not suspected of wrongdoing. */
public enum NonSuspects implements Labelled {
    YES, NO, UNKNOWN;

    @Override
    public String messagePrefix() {
        return "non_suspects";
    }
}
