% read_log.m -- summarise a weather-station log (header lines, then a CSV table)
fid = fopen('station_log.txt', 'r');
hdr = fgetl(fid);
site = fgetl(fid);
site = strtrim(site(6:end));
nline = fgetl(fid);
nrec = sscanf(nline(6:end), '%d');
cols = fgetl(fid);
C = textscan(fid, '%s %f %f %d', 'Delimiter', ',');
fclose(fid);
ids = C{1}; temp = C{2}; pres = C{3}; flag = C{4};
fprintf('%s: %d records expected, %d read (%s)\n', site, nrec, numel(temp), cols);
[u, ia, ic] = unique(ids);
for k = 1:numel(u)
  sel = find(ic == k);
  fprintf('%-6s n=%2d first=%2d mean=%7.2f max=%6.1f\n', u{k}, numel(sel), ia(k), ...
          mean(temp(sel)), max(pres(sel)));
end
edges = -10:5:30;
n = histc(temp, edges);
for k = 1:numel(edges) - 1
  fprintf('[%3d,%3d) %s\n', edges(k), edges(k+1), repmat('*', 1, n(k)));
end
[s, order] = sort(pres, 'descend');
fprintf('top pressure rows: %s\n', mat2str(order(1:3)'));
bad = find(flag ~= 0);
line = sprintf('%d,', bad);
line = line(1:end-1);
disp(['flagged: ' line]);
nflag = sum(flag);
fprintf('flag sum %d, quarter %d, class %s\n', nflag, int32(nflag) / 4, class(nflag));
dlmwrite('hist.csv', [edges(:) n(:)], 'delimiter', ',', 'precision', 6);
% second pass: the same table line by line, as the 1990s version of this script did
fid = fopen('station_log.txt');
for k = 1:4
  junk = fgetl(fid);
end
tmax = zeros(1, numel(u));
nline = 0;
while ~feof(fid)
  ln = fgetl(fid);
  if ~ischar(ln), break; end
  parts = strsplit(ln, ',');
  j = find(strcmp(u, parts{1}));
  v = str2double(parts{2});
  if v > tmax(j)
    tmax(j) = v;
  end
  nline = nline + 1;
end
fclose(fid);
pairs = [u'; num2cell(tmax)];
fprintf('%d lines; warmest: %s\n', nline, sprintf('%s=%.2f ', pairs{:}));
acc = accumarray(ic, temp, [], @max)';
fprintf('accumarray agrees: %d\n', isequal(acc, tmax));
days = datestr(datenum(1998, 3, 14 + (0:2)), 'yyyy-mm-dd');
disp(upper(site)); disp(days);
[isk, where] = ismember({'KRN'; 'XXX'; 'ESR'}, u);
fprintf('%d@%d ', [isk'; where']); fprintf('\n');
srt = sort(ids);
fprintf('%s..%s, %s, %d\n', srt{1}, srt{end}, unique(site), ismember('PJL', ids));
