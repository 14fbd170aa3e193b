-- the story_members_story index after the batch: its leaves (dbstat), and where the batch's
-- 400 member rows (the store's last 400 docids) fall in it (position in (story, docid) order)
.mode list
SELECT 'leaves', count(*), sum(ncell), sum(unused), round(avg(ncell),1) FROM dbstat WHERE name = 'story_members_story' AND pagetype = 'leaf';
CREATE TEMP TABLE pos AS SELECT docid, story, row_number() OVER (ORDER BY story, docid) AS p FROM story_members;
CREATE TEMP TABLE b AS SELECT * FROM pos WHERE docid > (SELECT max(docid) - 400 FROM story_members);
SELECT 'batch rows', count(*), (SELECT count(*) FROM pos) FROM b;
SELECT 'rows before the last 5% of the index', count(*) FROM b WHERE p < 0.95 * (SELECT count(*) FROM pos);
SELECT 'distinct leaves hit (estimated by position), rows not in the last leaf', count(DISTINCT CAST((p - 1) * (SELECT count(*) FROM dbstat WHERE name = 'story_members_story' AND pagetype = 'leaf') / (SELECT count(*) FROM pos) AS INTEGER)), count(*) FROM b WHERE CAST((p - 1) * (SELECT count(*) FROM dbstat WHERE name = 'story_members_story' AND pagetype = 'leaf') / (SELECT count(*) FROM pos) AS INTEGER) < (SELECT count(*) - 1 FROM dbstat WHERE name = 'story_members_story' AND pagetype = 'leaf');
SELECT 'copies among the batch rows', count(*) FROM story_members WHERE docid > (SELECT max(docid) - 400 FROM story_members) AND copy_of IS NOT NULL;
