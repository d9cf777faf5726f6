package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caregate.it.webhooks.WebhookReceiver.Received;
import org.caregate.it.webhooks.WebhookReceiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's "Documents" and "File Uploads": every example operation pasted as printed runs against the live server;
 * a file sent as a multipart {@code Upload} and the same bytes sent as {@code file_string} download byte for byte
 * alike; a document shared with its patient is theirs to see and download, one not shared is not; bad input is
 * refused in {@code messages}; another organization's documents are not found, nor downloaded; two deletions of
 * one document race and one wins.
 */
class DocumentsIT {

    private static final String READ = """
            query($id: ID) { document(id: $id) { id display_name file_content_type file_size rel_user_id share_with_rel
              download_url opens { id user_id } owner { id } users { id } } }""";
    private static final String CREATE = """
            mutation($f: String, $n: String, $u: String, $s: Boolean) { createDocument(input: {file_string: $f,
              display_name: $n, rel_user_id: $u, share_with_rel: $s}) { document { id file_content_type file_size }
              messages { field message } } }""";

    private static final String CREATE_IN_FOLDER = """
            mutation($f: String, $d: String) { createDocument(input: {file_string: $f, display_name: "Filed",
              folder_id: $d}) { document { id } messages { field message } } }""";

    private static String owner;
    private static String ownerId;
    private static String patient;
    private static String patientId;
    private static String other;

    @BeforeAll
    static void organizations() {
        owner = Fixtures.newOrganization("Documents " + Api.unique());
        ownerId = Fixtures.currentUserId(owner);
        String email = "patient-" + Api.unique() + "@example.org";
        patientId = data(null, """
                mutation($e: String, $p: String, $d: String) { signUp(input: {first_name: "Dora", last_name: "Docs",
                  email: $e, password: $p, role: "patient", dietitian_id: $d}) { user { id } } }""",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD, "d", ownerId)).getJsonObject("signUp")
                .getJsonObject("user").getString("id");
        patient = data(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) { token } }",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD)).getJsonObject("signIn").getString("token");
        other = Fixtures.newOrganization("Other documents " + Api.unique());
    }

    @Test
    void theSeedsExamplesCreateReadListUpdateAndDeleteADocument() {
        byte[] pdf = pdf(2_000);
        String name = "Lab results " + Api.unique() + ".pdf";
        JsonObject created = data(owner, seedExample("001-documents-createDocument.graphql"), vars(
                "file", dataUrl("application/pdf", pdf), "display_name", name, "folder_id", null))
                .getJsonObject("createDocument");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("document").getString("id");

        JsonObject document = data(owner, seedExample("001-documents-document.graphql"), vars("id", id,
                "course_id", null, "custom_module_id", null, "care_plan_id", null)).getJsonObject("document");
        assertThat(document.getString("display_name")).isEqualTo(name);
        assertThat(document.getString("file_content_type")).isEqualTo("application/pdf");
        assertThat(document.getJsonObject("owner").getString("id")).isEqualTo(ownerId);
        assertThat(document.getJsonArray("users")).isEmpty();
        assertThat(document.getJsonArray("opens")).isEmpty();

        JsonArray listed = data(owner, seedExample("001-documents-documents.graphql"), vars("offset", 0,
                "keywords", name.substring(0, 20), "folder_id", null, "file_types", List.of("pdf"), "file_type", null,
                "sort_by", "name_asc", "private_user_id", ownerId, "viewable_user_id", null,
                "consolidated_user_id", null, "filter", null, "should_paginate", true, "for_template_use", false,
                "provider_id", ownerId)).getJsonArray("documents");
        assertThat(listed).extracting(d -> d.asJsonObject().getString("id")).containsExactly(id);

        JsonObject updated = data(owner, seedExample("001-documents-updateDocument.graphql"), vars("id", id,
                "display_name", name + " (signed)", "folder_id", null)).getJsonObject("updateDocument");
        assertThat(updated.isNull("messages")).as(updated.toString()).isTrue();
        assertThat(read(owner, id).getString("display_name")).isEqualTo(name + " (signed)");

        JsonObject deleted = data(owner, seedExample("001-documents-deleteDocument.graphql"), vars("id", id))
                .getJsonObject("deleteDocument");
        assertThat(deleted.isNull("messages")).as(deleted.toString()).isTrue();
        assertThat(deleted.getJsonObject("document").getString("id")).isEqualTo(id);
        assertThat(code(graphql(owner, READ, vars("id", id)))).isEqualTo("NOT_FOUND");
        assertThat(download(owner, id).statusCode()).isEqualTo(404);
    }

    @Test
    void theFileUploadsExampleAsPrintedAndRepairedForThisOrganization() {
        // as printed: Healthie's user 10 and an empty file_string; nothing is created and the payload says so
        JsonObject printed = data(owner, seedExample("001-file-uploads-createDocument.graphql"), vars("file", ""))
                .getJsonObject("createDocument");
        assertThat(printed.isNull("document")).isTrue();

        // the same operation for this organization's patient (rel_user_id "10" is Healthie's example user) and a file
        byte[] pdf = pdf(3_000);
        String repaired = seedExample("001-file-uploads-createDocument.graphql")
                .replace("rel_user_id: \"10\"", "rel_user_id: \"" + patientId + "\"");
        String id = data(owner, repaired, vars("file", Base64.getEncoder().encodeToString(pdf)))
                .getJsonObject("createDocument").getJsonObject("document").getString("id");
        JsonObject document = read(owner, id);
        assertThat(document.getString("display_name")).isEqualTo("example.pdf");
        assertThat(document.getString("rel_user_id")).isEqualTo(patientId);
        assertThat(document.getJsonArray("users")).extracting(u -> u.asJsonObject().getString("id"))
                .containsExactly(patientId);
        assertThat(read(patient, id).getString("id")).isEqualTo(id);
    }

    @Test
    void aMultipartUploadAndAFileStringOfTheSameBytesDownloadAlike() {
        byte[] pdf = pdf(4_000_000);
        HttpResponse<String> multipart = multipart(owner, """
                mutation createDocument($file: Upload, $display_name: String) { createDocument(input: {file: $file,
                  display_name: $display_name}) { document { id file_size } messages { field message } } }""",
                "Scan.pdf", "application/pdf", pdf);
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(200);
        JsonObject viaMultipart = Api.json(multipart.body()).getJsonObject("data").getJsonObject("createDocument");
        assertThat(viaMultipart.isNull("messages")).as(viaMultipart.toString()).isTrue();
        // a file_string longer than 10,000 characters is sent as a data: URL, which the string limit exempts
        JsonObject viaString = data(owner, CREATE, vars("f", dataUrl("application/pdf", pdf), "n", "Scan 2"))
                .getJsonObject("createDocument");
        assertThat(viaString.isNull("messages")).as(viaString.toString()).isTrue();

        HttpResponse<byte[]> first = download(owner, viaMultipart.getJsonObject("document").getString("id"));
        HttpResponse<byte[]> second = download(owner, viaString.getJsonObject("document").getString("id"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(pdf).isEqualTo(second.body());
        assertThat(first.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(first.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> d.startsWith("attachment"));
        assertThat(first.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(read(owner, viaMultipart.getJsonObject("document").getString("id")).getJsonArray("opens"))
                .extracting(o -> o.asJsonObject().getString("user_id")).containsExactly(ownerId);
    }

    @Test
    void theFileSizeLimitAndTheBodyLimitRefuse() {
        HttpResponse<String> tooLarge = multipart(owner, """
                mutation($file: Upload) { createDocument(input: {file: $file, display_name: "big"}) {
                  document { id } messages { field message } } }""", "big.pdf", "application/pdf",
                pdf(5 * 1024 * 1024 + 1));
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(200);
        assertThat(messages(Api.json(tooLarge.body()).getJsonObject("data").getJsonObject("createDocument")))
                .containsExactly("file: is too large (at most 5 MiB)");
        HttpResponse<String> beyondTheBody = multipart(owner, "mutation { __typename }", "huge.pdf",
                "application/pdf", pdf(9 * 1024 * 1024));
        assertThat(beyondTheBody.statusCode()).isEqualTo(413);
    }

    @Test
    void aDocumentSharedWithItsPatientIsTheirsAndOneNotSharedIsNot() {
        String shared = create(owner, pdf(100), "Shared " + Api.unique(), patientId, true);
        String kept = create(owner, pdf(100), "Kept " + Api.unique(), patientId, false);
        JsonArray seen = data(patient, "{ documents { id } }", null).getJsonArray("documents");
        assertThat(seen).extracting(d -> d.asJsonObject().getString("id")).contains(shared).doesNotContain(kept);
        assertThat(download(patient, shared).statusCode()).isEqualTo(200);
        assertThat(download(patient, kept).statusCode()).isEqualTo(404);
        assertThat(code(graphql(patient, READ, vars("id", kept)))).isEqualTo("NOT_FOUND");
        JsonArray chart = data(owner, "query($u: String) { documents(consolidated_user_id: $u) { id } }",
                vars("u", patientId)).getJsonArray("documents");
        assertThat(chart).extracting(d -> d.asJsonObject().getString("id")).contains(shared, kept);
        assertThat(code(graphql(patient, "mutation($id: ID) { deleteDocument(input: {id: $id}) { document { id } } }",
                vars("id", shared)))).isEqualTo("FORBIDDEN");
    }

    @Test
    void aBareBase64FileStringIsHeldToTheStringLimit() {
        HttpResponse<String> response = Api.graphqlResponse(owner, CREATE, vars("f",
                Base64.getEncoder().encodeToString(pdf(7_501)), "n", "Too long bare"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("at most 10000 characters");
    }

    @Test
    void badInputIsRefusedInMessages() {
        assertThat(messages(data(owner, CREATE, vars("f", "not base64!", "n", "x")).getJsonObject("createDocument")))
                .containsExactly("file_string: must be base64, or a base64 data: URL");
        assertThat(messages(data(owner, CREATE, vars("f", Base64.getEncoder().encodeToString(
                "plain text".getBytes(StandardCharsets.UTF_8)), "n", "x")).getJsonObject("createDocument")))
                .isEmpty();
        JsonObject lying = data(owner, """
                mutation($f: Upload) { createDocument(input: {file: $f, display_name: "fake.pdf"}) {
                  document { id } messages { field message } } }""", vars("f", dataUrl("application/pdf",
                "just text".getBytes(StandardCharsets.UTF_8)))).getJsonObject("createDocument");
        assertThat(messages(lying)).singleElement().asString().startsWith("file: is not what its type says");
        assertThat(messages(data(owner, CREATE, vars("f", null, "n", "x")).getJsonObject("createDocument")))
                .containsExactly("file: can't be blank");
        assertThat(messages(data(owner, CREATE, vars("f", Base64.getEncoder().encodeToString(pdf(10)), "n", "x",
                "u", "abc")).getJsonObject("createDocument"))).containsExactly("rel_user_id: is not a valid id");
        String id = create(owner, pdf(10), "Folder test", null, null);
        String elsewhere = folder(other, "Elsewhere " + Api.unique(), null);
        assertThat(messages(data(owner, seedExample("001-documents-updateDocument.graphql"), vars("id", id,
                "display_name", " ", "folder_id", elsewhere)).getJsonObject("updateDocument")))
                .containsExactly("display_name: can't be blank", "folder_id: Folder not found");
        assertThat(code(graphql(owner, "{ documents(sort_by: \"size\") { id } }", null))).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void documentsAreFiledInFoldersListedByFolderMovedAndFoldersDeletedOnlyWhenEmpty() {
        String labs = folder(owner, "Labs " + Api.unique(), null);
        String blood = folder(owner, "Blood " + Api.unique(), labs);
        JsonObject created = data(owner, seedExample("001-documents-createDocument.graphql"), vars(
                "file", dataUrl("application/pdf", pdf(500)), "display_name", "Filed " + Api.unique(),
                "folder_id", blood)).getJsonObject("createDocument");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String filed = created.getJsonObject("document").getString("id");
        create(owner, pdf(10), "Loose " + Api.unique(), null, null);

        JsonArray inBlood = data(owner, seedExample("001-documents-documents.graphql"), vars("offset", 0,
                "keywords", null, "folder_id", blood, "file_types", null, "file_type", null, "sort_by", null,
                "private_user_id", null, "viewable_user_id", null, "consolidated_user_id", null, "filter", null,
                "should_paginate", false, "for_template_use", false, "provider_id", null)).getJsonArray("documents");
        assertThat(inBlood).extracting(d -> d.asJsonObject().getString("id")).containsExactly(filed);
        JsonObject read = data(owner, "query($id: ID) { document(id: $id) { folder_id folder { id name "
                + "parent_folder_id parent_folder { id } owner { id } } } }", vars("id", filed))
                .getJsonObject("document");
        assertThat(read.getString("folder_id")).isEqualTo(blood);
        assertThat(read.getJsonObject("folder").getString("parent_folder_id")).isEqualTo(labs);
        assertThat(read.getJsonObject("folder").getJsonObject("parent_folder").getString("id")).isEqualTo(labs);
        assertThat(read.getJsonObject("folder").getJsonObject("owner").getString("id")).isEqualTo(ownerId);
        JsonObject top = data(owner, "query($id: ID) { folder(id: $id) { documents_count folders_count "
                + "folders { id documents_count documents { id } } } }", vars("id", labs)).getJsonObject("folder");
        assertThat(top.getInt("documents_count")).isZero();
        assertThat(top.getInt("folders_count")).isEqualTo(1);
        assertThat(top.getJsonArray("folders").getJsonObject(0).getInt("documents_count")).isEqualTo(1);
        assertThat(top.getJsonArray("folders").getJsonObject(0).getJsonArray("documents"))
                .extracting(d -> d.asJsonObject().getString("id")).containsExactly(filed);
        assertThat(data(owner, "query($p: ID) { folders(parent_folder_id: $p) { id } }", vars("p", labs))
                .getJsonArray("folders")).extracting(f -> f.asJsonObject().getString("id")).containsExactly(blood);
        assertThat(data(owner, "{ folders(should_paginate: true) { id } }", null).getJsonArray("folders"))
                .extracting(f -> f.asJsonObject().getString("id")).contains(labs).doesNotContain(blood);

        // a folder is deleted only when empty; a cycle and an unknown parent are refused
        assertThat(messages(deleteFolder(owner, labs))).containsExactly(
                "id: is not empty: move or delete its documents and folders first");
        assertThat(messages(updateFolder(owner, labs, null, blood)))
                .containsExactly("parent_folder_id: can't be the folder itself or a folder inside it");
        assertThat(messages(updateFolder(owner, labs, null, "999999999")))
                .containsExactly("parent_folder_id: Folder not found");
        JsonObject moved = data(owner, seedExample("001-documents-updateDocument.graphql"), vars("id", filed,
                "display_name", null, "folder_id", labs)).getJsonObject("updateDocument");
        assertThat(moved.isNull("messages")).as(moved.toString()).isTrue();
        assertThat(messages(deleteFolder(owner, blood))).isEmpty();
        JsonObject renamed = updateFolder(owner, labs, "Labs renamed", "");
        assertThat(renamed.getJsonObject("folder").getString("name")).isEqualTo("Labs renamed");
        assertThat(read(owner, filed).getString("id")).isEqualTo(filed);
        data(owner, seedExample("001-documents-updateDocument.graphql"), vars("id", filed, "display_name", null,
                "folder_id", ""));
        assertThat(messages(deleteFolder(owner, labs))).isEmpty();
        assertThat(code(graphql(owner, "query($id: ID) { folder(id: $id) { id } }", vars("id", labs))))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void foldersRefuseBadInputInMessagesAndAreNoOtherOrganizationsOrPatients() {
        String mine = folder(owner, "Mine " + Api.unique(), null);
        assertThat(messages(data(owner, "mutation($n: String) { createFolder(input: {name: $n}) { folder { id } "
                + "messages { field message } } }", vars("n", " ")).getJsonObject("createFolder")))
                .containsExactly("name: can't be blank");
        assertThat(messages(data(owner, "mutation($n: String) { createFolder(input: {name: $n}) { folder { id } "
                + "messages { field message } } }", vars("n", "n".repeat(256))).getJsonObject("createFolder")))
                .containsExactly("name: is too long (at most 255 characters)");
        assertThat(messages(data(owner, "mutation($p: ID) { createFolder(input: {name: \"x\", parent_folder_id: $p}) "
                + "{ folder { id } messages { field message } } }", vars("p", "abc")).getJsonObject("createFolder")))
                .containsExactly("parent_folder_id: is not a valid id");
        assertThat(messages(updateFolder(owner, "999999999", "x", null))).containsExactly("id: Folder not found");
        assertThat(messages(deleteFolder(owner, null))).containsExactly("id: can't be blank");

        // another organization's folder is not found, whichever operation names it
        assertThat(code(graphql(other, "query($id: ID) { folder(id: $id) { id } }", vars("id", mine))))
                .isEqualTo("NOT_FOUND");
        assertThat(code(graphql(other, "query($p: ID) { folders(parent_folder_id: $p) { id } }", vars("p", mine))))
                .isEqualTo("NOT_FOUND");
        assertThat(code(graphql(other, "query($f: String) { documents(folder_id: $f) { id } }", vars("f", mine))))
                .isEqualTo("NOT_FOUND");
        assertThat(messages(updateFolder(other, mine, "Taken", null))).containsExactly("id: Folder not found");
        assertThat(messages(deleteFolder(other, mine))).containsExactly("id: Folder not found");
        assertThat(messages(data(other, "mutation($p: ID) { createFolder(input: {name: \"In\", parent_folder_id: $p}) "
                + "{ folder { id } messages { field message } } }", vars("p", mine)).getJsonObject("createFolder")))
                .containsExactly("parent_folder_id: Folder not found");
        assertThat(messages(data(other, CREATE_IN_FOLDER, vars("f", Base64.getEncoder().encodeToString(pdf(10)),
                "d", mine)).getJsonObject("createDocument"))).containsExactly("folder_id: Folder not found");
        assertThat(data(other, "{ folders { id } }", null).getJsonArray("folders"))
                .extracting(f -> f.asJsonObject().getString("id")).doesNotContain(mine);

        // folders are the members': a patient has none and files nothing in one
        assertThat(code(graphql(patient, "{ folders { id } }", null))).isEqualTo("FORBIDDEN");
        assertThat(messages(data(patient, CREATE_IN_FOLDER, vars("f", Base64.getEncoder().encodeToString(pdf(10)),
                "d", mine)).getJsonObject("createDocument"))).containsExactly("folder_id: Folder not found");
        assertThat(data(owner, "query($id: ID) { folder(id: $id) { name } }", vars("id", mine))
                .getJsonObject("folder").getString("name")).startsWith("Mine ");
    }

    @Test
    void anotherOrganizationsDocumentsAreNotFound() {
        String id = create(owner, pdf(100), "Private " + Api.unique(), patientId, true);
        assertThat(code(graphql(other, READ, vars("id", id)))).isEqualTo("NOT_FOUND");
        assertThat(download(other, id).statusCode()).isEqualTo(404);
        assertThat(download(null, id).statusCode()).isEqualTo(401);
        assertThat(data(other, "{ documents { id } }", null).getJsonArray("documents"))
                .extracting(d -> d.asJsonObject().getString("id")).doesNotContain(id);
        assertThat(messages(data(other, seedExample("001-documents-deleteDocument.graphql"), vars("id", id))
                .getJsonObject("deleteDocument"))).containsExactly("id: Document not found");
        assertThat(messages(data(other, CREATE, vars("f", Base64.getEncoder().encodeToString(pdf(10)), "n", "x",
                "u", patientId, "s", true)).getJsonObject("createDocument"))).containsExactly("rel_user_id: User not found");
        assertThat(read(owner, id).getString("id")).isEqualTo(id);
    }

    @Test
    void documentWebhooksFireSignedAsSeed001() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            // an organization of its own: the other tests' documents, running at the same time, are none of its events
            String hooked = Fixtures.newOrganization("Hooked documents " + Api.unique());
            String path = "/documents/" + Api.unique();
            JsonObject webhook = WebhooksIT.subscribe(hooked, receiver.url(path), List.of("document.created",
                    "document.updated", "document.deleted"), null, null);
            String id = create(hooked, pdf(100), "Hooked " + Api.unique(), null, null);
            data(hooked, seedExample("001-documents-updateDocument.graphql"), vars("id", id, "display_name", "Renamed",
                    "folder_id", null));
            data(hooked, seedExample("001-documents-deleteDocument.graphql"), vars("id", id));
            List<Received> received = receiver.await(path, 3, WebhooksIT.WAIT);
            for (Received delivery : received) {
                WebhooksIT.assertSignedAsSeed001(delivery, webhook.getString("signing_secret"));
            }
            assertThat(received).extracting(Received::body).containsExactlyInAnyOrder(
                    "{\"resource_id\":" + id + ",\"resource_id_type\":\"Document\",\"event_type\":\"document.created\"}",
                    "{\"resource_id\":" + id + ",\"resource_id_type\":\"Document\",\"event_type\":\"document.updated\","
                            + "\"changed_fields\":[\"display_name\",\"updated_at\"]}",
                    "{\"resource_id\":" + id + ",\"resource_id_type\":\"Document\",\"event_type\":\"document.deleted\"}");
        }
    }

    @Test
    void twoDeletionsOfOneDocumentRaceAndOneWins() throws Exception {
        String id = create(owner, pdf(1_000), "Raced " + Api.unique(), null, null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonObject>> deletions = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                deletions.add(pool.submit(() -> data(owner, seedExample("001-documents-deleteDocument.graphql"),
                        vars("id", id)).getJsonObject("deleteDocument")));
            }
            List<Boolean> won = new ArrayList<>();
            for (Future<JsonObject> deletion : deletions) {
                won.add(deletion.get().isNull("messages"));
            }
            assertThat(won).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
    }

    private static String create(String key, byte[] file, String name, String relUser, Boolean share) {
        JsonObject payload = data(key, CREATE, vars("f", Base64.getEncoder().encodeToString(file), "n", name,
                "u", relUser, "s", share)).getJsonObject("createDocument");
        assertThat(payload.isNull("messages")).as(payload.toString()).isTrue();
        return payload.getJsonObject("document").getString("id");
    }

    private static String folder(String key, String name, String parent) {
        JsonObject payload = data(key, """
                mutation($n: String, $p: ID) { createFolder(input: {name: $n, parent_folder_id: $p}) {
                  folder { id name parent_folder_id } messages { field message } } }""", vars("n", name, "p", parent))
                .getJsonObject("createFolder");
        assertThat(payload.isNull("messages")).as(payload.toString()).isTrue();
        return payload.getJsonObject("folder").getString("id");
    }

    private static JsonObject updateFolder(String key, String id, String name, String parent) {
        return data(key, """
                mutation($id: ID, $n: String, $p: ID) { updateFolder(input: {id: $id, name: $n, parent_folder_id: $p}) {
                  folder { id name parent_folder_id } messages { field message } } }""",
                vars("id", id, "n", name, "p", parent)).getJsonObject("updateFolder");
    }

    private static JsonObject deleteFolder(String key, String id) {
        return data(key, """
                mutation($id: ID) { deleteFolder(input: {id: $id}) { folder { id } messages { field message } } }""",
                vars("id", id)).getJsonObject("deleteFolder");
    }

    private static JsonObject read(String key, String id) {
        return data(key, READ, vars("id", id)).getJsonObject("document");
    }

    /** A file that starts as a PDF does, {@code size} bytes long, the rest random. */
    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
        return bytes;
    }

    private static String dataUrl(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static HttpResponse<byte[]> download(String key, String id) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri("/documents/" + id + "/download")).GET();
        if (key != null) {
            request.header("Authorization", "Basic " + key).header("AuthorizationSource", "API");
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GraphQL request by the multipart request spec, with one file as {@code variables.file}. */
    private static HttpResponse<String> multipart(String key, String query, String fileName, String type, byte[] file) {
        String boundary = "caregate" + Api.unique();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String operations = jakarta.json.Json.createObjectBuilder().add("query", query)
                .add("variables", jakarta.json.Json.createObjectBuilder().add("file", JsonValue.NULL)).build().toString();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" + operations
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n{\"0\": [\"variables.file\"]}"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"0\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.send(HttpRequest.newBuilder(Api.uri("/graphql"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + key).header("AuthorizationSource", "API")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static List<String> messages(JsonObject payload) {
        if (payload.isNull("messages")) {
            return List.of();
        }
        return payload.getJsonArray("messages").stream()
                .map(m -> m.asJsonObject().getString("field") + ": " + m.asJsonObject().getString("message")).toList();
    }

    private static String code(JsonObject answer) {
        return answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }
}
