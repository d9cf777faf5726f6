package org.caregate.forms.api;

import java.io.OutputStream;

/** Where a download goes: told what it is about to receive, it answers the stream to write it to. */
@FunctionalInterface
public interface DownloadSink {

    OutputStream open(DocumentView document);
}
