-- One page of hits (after hits.sql): best first, with the total; headlines (matches between chr(2) and chr(3), which
-- the service escapes and turns into <mark>) are computed for the page's rows only. Parameters: :limit, :offset.
, page as (select h.*, count(*) over () as total from hits h order by h.rank desc, h.at desc, h.id
           limit :limit offset :offset)
select p.type, cast(p.id as text), cast(p.challenge_id as text),
       ts_headline('s3coop_text', p.title, q.query, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true'),
       ts_headline('s3coop_text', p.body, q.query, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12'),
       p.rank, p.at, p.total
from page p, q
order by p.rank desc, p.at desc, p.id
