% calib_report.m -- dark-subtract and scale a detector frame, list the hot pixels.
% (written in the style of a late-1990s lab script)
S = load('frame.mat');
raw = S.raw;
corr = raw - S.dark;              % int16 minus double: int16, rounded, saturating
scaled = corr * S.gain;           % int16 times double: saturates at 32767
k = [1 2 1; 2 4 2; 1 2 1] / 16;
sm = conv2(double(scaled), k, 'same');
thr = mean(sm(:)) + 2*std(sm(:));
[r, c] = find(sm > thr);
fid = fopen('hot.txt', 'w');
fprintf(fid, '# %s  threshold %.3f\n', S.tag, thr);
for i = 1:length(r)
  fprintf(fid, '%4d %4d %10.3f %6d\n', r(i), c(i), sm(r(i), c(i)), scaled(r(i), c(i)));
end
fclose(fid);
nsat = sum(scaled(:) == intmax('int16'));
disp(['saturated pixels: ' num2str(nsat)]);
[mx, imx] = max(sm(:));
[ri, ci] = ind2sub(size(sm), imx);
fprintf('%d hot pixels, max %g at (%d,%d)\n', length(r), mx, ri, ci);
lin = find(sm > thr, 3);
disp(lin');
half = scaled / 2;                % int16 division rounds half away from zero
fprintf('%d ', half(1, 1:6)); fprintf('\n');
save('calib_out.mat', 'sm', 'scaled', 'lin', '-v7');
