% fit_curve.m -- fit a cubic calibration curve and tabulate it on a finer grid
M = csvread('calib.csv', 1, 0);
x = M(:, 1); y = M(:, 2);
p = polyfit(x, y, 3);
fprintf('p(%d) = %+.6e\n', [1:4; p]);
yf = polyval(p, x);
res = y - yf;
rms = sqrt(mean(res.^2));
fprintf('rms %.4g over %d points\n', rms, numel(x));
xi = linspace(min(x), max(x), 25)';
yi = interp1(x, y, xi, 'linear');
ys = interp1(x, y, xi, 'spline');
zc = find(diff(sign(yf)) ~= 0);
for k = 1:numel(zc)
  i = zc(k);
  x0 = x(i) - yf(i) * (x(i+1) - x(i)) / (yf(i+1) - yf(i));
  fprintf('crossing near %.5f (between rows %d and %d)\n', x0, i, i + 1);
end
dlmwrite('interp.txt', [xi yi ys], 'delimiter', '\t', 'precision', '%.6f');
disp(num2str(p, 8));
worst = find(abs(res) == max(abs(res)));
disp(sprintf('worst residual at x = %5.2f: %.3e', x(worst), res(worst)));
M2 = dlmread('calib.csv', ',', 1, 0);
fprintf('dlmread agrees with csvread: %d\n', isequal(M, M2));
[p2, S, mu] = polyfit(x, y, 2);
fprintf('centred quadratic: %.5f %.5f %.5f (mu = %.3f, %.4f)\n', p2, mu);
fprintf('normr %d, df %d\n', S.normr, S.df);
ye = interp1(x, y, [-2 0.05 2], 'linear', 'extrap');
yn = interp1(x, y, [-2 0.05 2]);
fprintf('%8.4f %8.4f\n', [ye; yn]);
