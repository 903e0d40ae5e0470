// A mock server for tests.
app.get('/api/atlas/v2/groups/:groupId/serverless/:name/backup/snapshots/:snapshotId', (req, res) => {
  res.json(fixtures.snapshot);
});
