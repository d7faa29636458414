-- Chapters and articles of regulations get a persistent id (attrs.nodeId in the stored editor JSON), so that
-- an audit checklist can cite "revision + article" while 第X条 numbers keep following positions. The JSON is
-- rewritten by this migration's TypeScript step (db/steps/article-node-ids.ts); content_hash is left as it
-- is: the fingerprint covers the content without these ids, so signatures stay valid.
SELECT 1;
