% text_io.m -- small text and binary I/O chores of a 2000s data-logging script
fid = fopen('t3.txt', 'w');
fprintf(fid, 'name "quoted field" 1.5\nskip "two words" 2.5\n');
fclose(fid);
fid = fopen('t3.txt'); C = textscan(fid, '%s %q %f'); fclose(fid);
fprintf('%s|%s|%g\n', C{1}{2}, C{2}{1}, C{3}(2));
fid = fopen('t3.txt'); D = textscan(fid, '%*s %q %f'); fclose(fid);
fprintf('%d %s\n', numel(D), D{1}{2});
fid = fopen('t4.txt', 'w'); fprintf(fid, '1 2 3\n4 5 6\n'); fclose(fid);
fid = fopen('t4.txt'); n = 0; tot = 0;
while true
  l = fgetl(fid); if ~ischar(l), break; end
  v = str2num(l); tot = tot + sum(v); n = n + 1;
end
fclose(fid); fprintf('%d lines total %d\n', n, tot);
A = load('t4.txt'); fprintf('%dx%d %g\n', size(A), A(2, 3));
[a, cnt] = sscanf('3 4 5 6', '%d', [2 Inf]); fprintf('%d %d %d\n', size(a), cnt);
fid = fopen('b.bin', 'w', 'ieee-be'); fwrite(fid, [1 -2 300], 'int16'); fwrite(fid, pi, 'double'); fclose(fid);
fid = fopen('b.bin', 'r', 'ieee-be'); x = fread(fid, 3, 'int16')'; p = ftell(fid); y = fread(fid, 1, 'double');
frewind(fid); z = fread(fid, 1, 'uint8'); fseek(fid, -8, 'eof'); w = fread(fid, 1, 'double'); fclose(fid);
fprintf('%d %d %d | %d %.6f %d %.4f\n', x, p, y, z, w);
fprintf('%d\n', exist('b.bin', 'file'));
names = char('ab', 'cde', 'f'); fprintf('[%s] %dx%d\n', names(1, :), size(names));
s = [repmat('-', 1, 5) blanks(2) 'x']; fprintf('[%s]\n', s);
fprintf('%c%c%c\n', 72, 105, 33);
fprintf('%d %d\n', true, [false true]);
disp(int2str([1.4 2.6; -0.5 3]));
fprintf('%s\n', num2str(123.456, 4), num2str(0.000123456), num2str(-pi, 10), num2str(1e10)); disp(num2str([0.1 22.5; 3 4]));
dlmwrite('app.txt', [1 2]); dlmwrite('app.txt', [3 4], '-append'); fprintf('%s', fileread('app.txt'));
q = 5; r = 'txt'; save('sv.mat', 'q'); save('sv.mat', 'r', '-append'); S = load('sv.mat'); fprintf('%s %d %s\n', strjoin(sort(fieldnames(S))', ','), S.q, S.r);
fprintf('%s\n', sprintf('%08.3f|%-8s|%e', -3.14159, 'ab', 12345.678));
fprintf('%s\n', sprintf('%d %s', [1 2 3]));
fprintf('%s\n', mat2str(logical([1 0; 0 1])), mat2str(int8([1 -2])), mat2str([]));
x = 0.1 + 0.2; fprintf('%d %d\n', x == 0.3, abs(x - 0.3) < eps);
fprintf('%s\n', strjust(['a  '; 'bb '], 'right'));
fprintf('%g\n', nnz(isnan([1 NaN 3 NaN])));
