-- The Microsoft Teams meeting created for a visit's provider (Solo's msteams-provider-link), created once.
ALTER TABLE scheduling.video_visit ADD COLUMN teams_join_url TEXT;
