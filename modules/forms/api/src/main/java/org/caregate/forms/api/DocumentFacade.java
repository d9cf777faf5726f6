package org.caregate.forms.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.DocumentId;

/**
 * Documents (Healthie's Document): files an organization keeps, each owned by whoever uploaded it and possibly
 * about one patient ({@code rel_user_id}), whom it may be shared with. Members see their organization's documents;
 * a patient sees those shared with them and those they uploaded. Another organization's document is not found.
 */
@Local
public interface DocumentFacade {

    /** The documents the caller may see that match. */
    List<DocumentView> documents(Caller caller, DocumentSearch search);

    /** One document the caller may see. */
    DocumentView document(Caller caller, DocumentId id);

    /** Stores the upload as a new document of the caller's organization, owned by the caller. */
    DocumentView createDocument(Caller caller, DocumentChanges document, Upload upload);

    /** Changes what {@code changes} sends; its {@code id} names the document. */
    DocumentView updateDocument(Caller caller, DocumentChanges changes);

    /** Deletes the document and its content (members only); returns it as it was. */
    DocumentView deleteDocument(Caller caller, DocumentId id);

    /**
     * Adds a document of questions and answers (Solo's patient document) to the chart of the patient the EHR knows
     * by {@code patientId}: a document about that patient, not shared with them, in plain text. Members only.
     */
    DocumentView addPatientDocument(Caller caller, String patientId, PatientDocument document);

    /**
     * Sends the document's content to the sink, part by part, and records that the caller opened it; under the
     * same rule as reading the document.
     */
    void download(Caller caller, DocumentId id, DownloadSink sink);
}
