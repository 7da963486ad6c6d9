-- One page of hits (after hits.sql): best first, with the total. Then, for the page's rows only, their title and
-- text, highlighted (matches between chr(2) and chr(3), which the service escapes and turns into <mark>).
-- Parameters: :limit, :offset.
, page as (select h.*, count(*) over () as total from hits h order by h.rank desc, h.at desc, h.id
           limit :limit offset :offset)
select p.type, cast(p.id as text), cast(coalesce(c.id, s.challenge_id, pr.challenge_id) as text),
       ts_headline('s3coop_text', coalesce(c.title, s.title, pr.title, m.title), q.query,
                   'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true'),
       ts_headline('s3coop_text', case p.type
                   when 'CHALLENGE' then c.description
                   when 'SOLUTION' then s.description
                   when 'PRACTICE' then concat_ws(' ', pr.summary, pr.context, pr.conditions_for_transfer,
                                                  pr.contact_organisation)
                   else concat_ws(' ', m.agenda, m.minutes, (select string_agg(d, '; ')
                                  from json_array_elements_text(cast(m.decisions as json)) d)) end, q.query,
                   'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12'),
       p.rank, p.at, p.total
from page p
cross join q
left join challenge c on p.type = 'CHALLENGE' and c.id = p.id
left join solution s on p.type = 'SOLUTION' and s.id = p.id
left join practice pr on p.type = 'PRACTICE' and pr.id = p.id
left join meeting m on p.type = 'MEETING' and m.id = p.id
order by p.rank desc, p.at desc, p.id
