package org.oversightportal.thirdparty;

import org.oversightportal.common.Labelled;

/** Where an import stands. */
public enum ImportStatus implements Labelled {
    RUNNING, FINISHED, FAILED;

    @Override
    public String messagePrefix() {
        return "import_status";
    }
}
