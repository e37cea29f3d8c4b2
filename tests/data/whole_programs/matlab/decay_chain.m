% decay_chain.m -- integrate a two-step decay chain A -> B -> C and report it
load('chain.mat')
f = @(t, n) [-k1*n(1); k1*n(1) - k2*n(2); k2*n(2)];
tspan = linspace(0, tend, 21);
opts = odeset('RelTol', 1e-8, 'AbsTol', 1e-10);
[t, N] = ode45(f, tspan, n0, opts);
fprintf('%6s %10s %10s %10s\n', 't', 'A', 'B', 'C');
fprintf('%6.2f %10.5f %10.5f %10.5f\n', [t N]');
[bmax, ib] = max(N(:, 2));
fprintf('B peaks at t=%.2f (row %d): %.4f\n', t(ib), ib, bmax);
half = find(N(:, 1) < n0(1) / 2, 1);
disp(['A below half after sample ' int2str(half) ', t = ' num2str(t(half))]);
sm = filter(ones(1, 3) / 3, 1, N(:, 3));
tot = sum(N, 2);
fprintf('mass balance worst %.1e\n', max(abs(tot - 1)));
save('chain_out.txt', 'sm', '-ascii');
